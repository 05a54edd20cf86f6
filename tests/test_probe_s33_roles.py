"""Probes (s33, heldout352): speakers and a recruitment's promise. The coordinator or leader of a state body's team,
named after the role ("The coordinator of the district inspection squad, Tariq Mahmood"), is an official as its head is; of a
rights network he stays a person. A phone-in caller whose label's bracket says how he names himself ('CALLER
(identifies himself as "Rodel, from Navotas")') speaks as that person. Workers recruited "with the promise of" work or
"with an offer of" a wage were deceived. Texts written for these tests; the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en", "published": "2026-03-04"}

LEAD = ("Brick kiln workers in Punjab held in debt bondage\n\nLabour inspectors rescued 40 bonded labourers from a brick "
        "kiln near Multan on Monday, the Punjab labour department said. The workers said the owner kept their wages and "
        "their identity cards. ")

PHONE_IN = """Harbour FM - Morning Line, 4 March 2026 (transcript)

HOST (ANA LIM): Good morning. Today we talk about the fishing boats in the bay.

GUEST: The crews told us the captains keep their passports and pay them nothing for months.

HOST: Another caller now.

{label}: Good morning. I work on a boat here. The captain took my passport and I have not been paid since June.

HOST: Thank you.
"""


def _speaker(text: str, start: str) -> tuple[str, str]:
    a = analyse(text, META)
    by_key = {s.key: s for s in a.sources}
    claim = next(c for c in a.claims if c.text.startswith(start))
    src = by_key[claim.source]
    return src.wording or "", src.kind


def _indicators(text: str, start: str) -> set[str]:
    a = analyse(text, META)
    return {h.indicator for c in a.claims if c.text.startswith(start) for h in c.indicators}


def test_the_coordinator_of_an_inspection_team_is_an_official() -> None:
    text = LEAD + "The coordinator of the district inspection squad, Tariq Mahmood, said the men slept in a shed with no water."
    assert _speaker(text, "The coordinator")[1] == "official"


def test_a_coordinator_after_the_name_of_a_state_unit_is_an_official() -> None:
    text = LEAD + ("Sana Iqbal, coordinator of the labour department's rescue unit, said the crew slept in a hut "
                   "without water.")
    assert _speaker(text, "Sana Iqbal")[1] == "official"


def test_the_coordinator_of_a_rights_network_stays_a_person() -> None:
    text = LEAD + ("The coordinator of the Bhatta Mazdoor Rights Network, Sana Iqbal, said the crew slept in a hut "
                   "without water.")
    assert _speaker(text, "The coordinator")[1] == "named_person"


def test_a_caller_who_identifies_himself_in_quotes() -> None:
    text = PHONE_IN.format(label='CALLER (identifies himself as "Rodel, from Navotas")')
    assert _speaker(text, "The captain took") == ("Rodel", "named_person")


def test_a_caller_who_gives_her_name_in_quotes() -> None:
    text = PHONE_IN.format(label='CALLER (gives her name as "Marisol")')
    assert _speaker(text, "The captain took") == ("Marisol", "named_person")


def test_a_caller_with_no_name_stays_unnamed() -> None:
    assert _speaker(PHONE_IN.format(label="CALLER"), "The captain took")[1] == "anonymous_source"


def test_recruited_with_the_promise_of_work_at_a_wage() -> None:
    text = LEAD + ("The indictment says the contractor recruited the twelve men in a village near Sukkur in "
                   "March with the promise of roofing work paid at 900 rupees a day.")
    assert "deception" in _indicators(text, "The indictment says")


def test_recruited_with_an_offer_of_a_monthly_wage() -> None:
    text = LEAD + "One worker said he was recruited at a bus station in Karachi with an offer of 25,000 rupees a month."
    assert "deception" in _indicators(text, "One worker said")


def test_a_recruitment_with_no_promise_is_no_deception() -> None:
    text = LEAD + "One worker said he was recruited at a bus station in Karachi by a man from his village in May."
    assert "deception" not in _indicators(text, "One worker said")


CHAT = """Exported WhatsApp chat - group "Pescadores Unidos" (shared with the Harbour Workers Centre; numbers masked)

[02/03/2026 20:01] Admin Maria: Good evening all. The meeting is on Sunday at the chapel.
[02/03/2026 20:05] +63 ••• 1187: good evening. my sister works on a fishing boat in Navotas since January, she is not paid
[02/03/2026 20:06] +63 ••• 1187: she fishes from 4 to midnight and gets 200 pesos a week
[02/03/2026 20:07] +63 ••• 1187: he took her passport "to keep it safe" and has kept it since
[02/03/2026 20:08] +63 ••• 1187: she is scared, he says the police would deport her if she complained and she would still owe him
[02/03/2026 20:10] Admin Maria: Thank you for writing. Is she safe?
[02/03/2026 20:12] +63 ••• 5520: she says the captain locks the cabin at night and keeps the key
"""


def test_a_chat_message_keeps_its_sender_not_the_last_named_one() -> None:
    assert _speaker(CHAT, "+63 ••• 1187: she fishes") == ("+63 ••• 1187", "anonymous_source")
    assert _speaker(CHAT, "+63 ••• 1187: he took") == ("+63 ••• 1187", "anonymous_source")


def test_she_says_in_a_chat_message_is_the_sender_relaying() -> None:
    assert _speaker(CHAT, "+63 ••• 5520: she says") == ("+63 ••• 5520", "anonymous_source")
    assert _speaker(CHAT, "+63 ••• 1187: she is scared") == ("+63 ••• 1187", "anonymous_source")
