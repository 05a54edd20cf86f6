"""Probes for the classes studied on heldout286 (crews at sea and remote trades) and heldout287 (forced criminality in
scam compounds), branch study286, in our own wording.

Quiet reports: a guide to the field's terms laid out as entries whose term stands before a spaced dash ("Wage theft
\u2014 Pay kept back ..."), or as numbered entries whose term is a label of its own before the first sentence of its
definition ("4. Wage theft. Pay is kept back ..."), and a list of money words whose terms stand in quotation marks,
tell of no events. Controls: the same layouts that go on to tell what happened to workers, and numbered findings of a
report that tell of events, keep their claims.

Amounts: Indonesian and Malay number words after the sum ("Rp 40 juta", "RM 3 ribu"); the Mauritian rupee and the
Uruguayan peso by their codes; a bracketed dollar conversion after a price by the night or the trip."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META

# ------------------------------------------------------------------ class 1: glossary entries before a spaced dash

DASH_GUIDE = """KNOW THE WORDS
A short guide for farm hands and their families — sheet 2 of 4
Published by the Harrowgate Fieldworkers' Trust

What do these terms mean on a farm?

The sheet sets out some signs that farm work may not be freely chosen. No single sign settles a case by itself. Nothing here concerns a named farm or grower.

Bonded work — A picker owes the grower a sum that grows faster than it can be cleared.

Confinement — A picker stays on the farm after a shift, or goes to town only beside a supervisor.

Cut-off — A picker has no phone signal and no visitors for weeks at a time.

Fake promises — The pay, the hours or the farm differ from what the recruiter offered.

Wage theft — Earnings are held over to the season's close, and a picker who quits early forfeits them.

Papers held — Someone else keeps the picker's identity card and refuses to give it back on request.

Threats — Warnings of a beating, of a call to the police or of being left behind in a strange town.

Long days — Shifts far past the hours a contract or the season would allow.

Terms about money
- "Draw": a part of the pay handed out before the season ends, often EUR 40 a week.
- "Booking charge" or "levy": a sum asked of a picker for getting the job.

Seasonal contracts usually run for six to eight months.
"""

# ------------------------------------------------------------------ class 2: numbered entries with a label of their own

NUMBERED_GUIDE = """Harbourline Help Desk · Guides
Updated 4 May 2026

Explained: seven words to know before you sign for a job overseas

This guide is for school leavers in Ghana and Nigeria who get offers of warehouse jobs abroad. It sets out the meaning of terms from warnings and the news. Nothing in it concerns a real person.

1. False offer. The wage or the firm differs from the advert. A real offer names the firm and lists a street address.

2. Bonded work. A loan for flights, meals or fees ties someone to the post and only ever gets bigger.

3. Papers held. A boss holds on to someone's passport and refuses to return it on request.

4. Confinement. Nobody may walk out of the site or the dormitory without a guard.

5. Cut-off. Phones are taken or calls are listened to, and the outside world is out of reach.

6. Wage theft. Earnings are kept, delayed or eaten up by fines, so quitting costs too much.

7. Threats. Someone is warned of a beating or a call to the police in case of a complaint.

Keep the number of your embassy with you and give a relative the address of the job.
"""

EVENTS = (
    "\nLast month two cousins from Kumasi said a warehouse boss in the port kept their passports and locked them in "
    "the dormitory at night.\n\nThey said their wages had stopped three months before and they were beaten when "
    "they asked for them.\n\nOne of them fled in April and told a welfare group that the boss had threatened to "
    "report them to immigration.\n")

NUMBERED_FINDINGS = """Eastgate Workers' Centre \u00b7 Findings

What the pickers told us this season

1. Passports. Eleven pickers said the grower took their passports on the first day and never gave them back.

2. Wages. Seven pickers said their pay had stopped two months earlier and they were told to wait until the harvest ended.

3. Housing. Workers said they slept twelve to a container and were locked in at night by a supervisor.
"""


@pytest.mark.parametrize("text", [DASH_GUIDE, NUMBERED_GUIDE], ids=["dash-entries", "numbered-labels"])
def test_guide_to_terms_is_quiet(text: str) -> None:
    a = analyse(text, META)
    assert not a.claims
    assert not {h.indicator for c in a.claims for h in c.indicators}


@pytest.mark.parametrize("text", [DASH_GUIDE, NUMBERED_GUIDE], ids=["dash-entries", "numbered-labels"])
def test_guide_that_goes_on_to_tell_events_keeps_claims(text: str) -> None:
    assert analyse(text + EVENTS, META).claims


def test_numbered_findings_that_tell_events_keep_claims() -> None:
    assert analyse(NUMBERED_FINDINGS, META).claims


def test_quoted_money_terms_are_glossary_items() -> None:
    from labourlens.analyse.glossary_items import glossary_item

    assert glossary_item('- "Draw": a part of the pay handed out before the season ends.')
    assert glossary_item('- "Booking charge" or "levy": a sum asked of a picker for getting the job.')
    assert not glossary_item('- "We were never paid," one picker said.')


# ------------------------------------------------------------------ class 3: amounts


def amounts(sentence: str) -> list[tuple[str, str | None, float | None, float | None, float | None, float | None]]:
    a = analyse("Migrant fishers described their pay and debts to the Tidewater Crew Centre.\n\n" + sentence, META)
    return [(m.text, m.currency, m.value, m.low, m.high, m.stated_usd) for m in a.amounts]


@pytest.mark.parametrize(("sentence", "text", "currency", "value"), [
    ("The agent of Kestrel Marine lent each deckhand Rp 12 juta for the fee, the men said.", "Rp 12 juta", "IDR", 12e6),
    ("His wife said the family got only Rp 2.5 juta in eight months.", "Rp 2.5 juta", "IDR", 2.5e6),
    ("The broker asked Rp 3 miliar for the whole crew, a relative said.", "Rp 3 miliar", "IDR", 3e9),
    ("Each man paid RM 4 ribu to the labour supplier, they said.", "RM 4 ribu", "MYR", 4000),
    ("The hostel in Port Louis charged MUR 1,800 a week, the fishers said.", "MUR 1,800", "MUR", 1800),
    ("The crew were owed UYU 35,000 each, a union official said.", "UYU 35,000", "UYU", 35000),
])
def test_number_words_and_codes(sentence: str, text: str, currency: str, value: float) -> None:
    found = {t: (c, v) for t, c, v, _, _, _ in amounts(sentence)}
    assert text in found
    assert found[text][0] == currency
    assert found[text][1] == pytest.approx(value)


def test_range_between_two_coded_amounts() -> None:
    got = amounts("The ban could cost exporters between MUR 300 million and MUR 450 million a year, the firms said.")
    assert [(c, lo, hi) for _, c, _, lo, hi, _ in got] == [("MUR", 3e8, 4.5e8)]


@pytest.mark.parametrize(("sentence", "usd"), [
    ("The men were put up at UYU 1,100 a night [USD 27] in a boarding house, the agent said.", 27),
    ("The fishers paid MUR 900 each trip (about USD 20) for the ferry, they said.", 20),
])
def test_conversion_after_a_price_by_the_night_or_trip(sentence: str, usd: float) -> None:
    got = amounts(sentence)
    assert len(got) == 1
    assert got[0][5] == pytest.approx(usd)


@pytest.mark.parametrize("sentence", [
    "The boat left on 12 March with 30 men aboard, a relative said.",
    "The juta bags were loaded at dawn, a dock hand said.",
])
def test_controls_no_amount(sentence: str) -> None:
    assert amounts(sentence) == []


# ------------------------------------------------------------------ class 4: a price paid before one may leave


@pytest.mark.parametrize("sentence", [
    "Kofi was forced to pay 700 dollars before she was free to go.",
    "Her uncle paid KSh 90,000 to a broker in Mombasa before Amina was freed.",
    "The two cousins were freed last week after their relatives wired PHP 80,000 to the gang.",
])
def test_price_of_leaving_restricts_movement(sentence: str) -> None:
    from probe_helpers import lexicon_indicators

    assert "restriction_of_movement" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The company paid his wages before he was released from hospital.",
    "Workers were paid every Friday before they could go home for the weekend.",
    "The firm paid the men in cash before they were let go when the season closed.",
    "She came home after her mother paid for the flight.",
])
def test_controls_of_the_price_of_leaving(sentence: str) -> None:
    from probe_helpers import lexicon_indicators

    assert "restriction_of_movement" not in lexicon_indicators(sentence)
