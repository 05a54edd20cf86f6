"""Probes (session 32, lead, from heldout351): a trade story about goods that says people worked unpaid keeps that
cue; an excerpt cut off after "X said" is no claim; a page's own care for the people it names (names withheld at
their request, faces blurred) is no claim and no withheld wages; a court's bench speaks for the state; a role first
met bare ("The owner says ...") and then named in apposition is that person from then on; the law on bonded labour
is no cue of it. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

_TRADE = """Tea buyers ask estates to trace leaves

Three Dutch tea blenders have asked estates in Assam to show where their green leaf comes from, after a Guwahati
monitor alleged that migrant pluckers were working unpaid on two estates near Jorhat, two buyers told the Tea Wire.

A manager at one estate denied that any plucker there was unpaid. The monitor's report said the pluckers were kept in
lines behind a locked gate. One estate owner in Dibrugarh said
"""


def test_unpaid_work_in_a_trade_story_is_a_cue_and_a_cut_off_line_is_no_claim() -> None:
    analysis = analyse(_TRADE, {})
    texts = [c.text for c in analysis.claims]
    first = next(c for c in analysis.claims if "blenders" in c.text)
    assert "withholding_of_wages" in {h.indicator for h in first.indicators}
    assert not any(t.rstrip().endswith("Dibrugarh said") for t in texts)


_RESCUE = """Nine quarry workers freed near Jodhpur

A district team freed nine quarry workers on Monday. The workers said the contractor kept their wages for five months
and beat two men who asked to leave. The names of the nine men and of the quarry have been withheld, at their request,
until statements are taken. The Desert Courier has blurred the faces of the men in its photographs.
"""


def test_names_withheld_and_faces_blurred_are_no_claims() -> None:
    claims = analyse(_RESCUE, {}).claims
    assert any("beat two men" in c.text for c in claims)
    assert not any("been withheld" in c.text or "blurred" in c.text for c in claims)
    assert not indicators.match("The names of the nine men have been withheld, at their request.").hits


def test_a_bench_is_the_state() -> None:
    assert classify("The Division Bench") == "official"
    assert classify("the bench") == "official"


_OWNER = """Kiln families say debts only grow

Brick workers say the debt only grows. The foreman says the accounts are fair.

One woman said the manager kept their identity cards and that nobody was paid for months.

The foreman, Rashid Mahmood Awan, said the accounts were read out each season. "They can leave. The gate is never
locked," he said.
"""


def test_a_bare_role_named_later_is_that_person() -> None:
    analysis = analyse(_OWNER, {})
    by_key = {s.key: s for s in analysis.sources}
    gate = next(c for c in analysis.claims if "never" in c.text)
    assert by_key[gate.source].kind == "named_person"
    assert "Rashid Mahmood Awan" in (by_key[gate.source].wording or "")


def test_the_law_on_bonded_labour_is_no_cue_but_bonded_labour_found_is() -> None:
    assert not indicators.match("Bonded labour has been a crime in Pakistan since 1992.").hits
    assert "debt_bondage" in {h.indicator for h in indicators.match("Inspectors found bonded labour at the kiln.").hits}
