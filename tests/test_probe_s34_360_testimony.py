"""Probes (session 34, lead, from heldout360's study): a testimony under a note that gives the witness's changed name
in a sentence of its own ("Mira is not her real name; ...", "Tomas is a pseudonym.") is the witness's, paragraph by
paragraph, as under the other notes of :mod:`labourlens.analyse.narrated_testimonies`. Near misses keep what they had:
a news story that changes a name and then goes on in the third person gives nothing to the named worker. Texts written
for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in

_TESTIMONY = """RIVERSIDE LETTERS - In their own voice
"The boss said the debt would follow me home"

A former packer at a frozen-food plant near Busan tells what happened to her. {note} She told her story to Riverside Letters in a shelter in Incheon in August.

Translated from Khmer by Sok Dara.

My father grows rice near Battambang. A broker from the district office came to our village and promised 2,000 dollars a month in Korea. I paid him 4,000 dollars before I left, and we borrowed it from a moneylender.

At the plant we packed fish from six in the morning until eleven at night. The manager kept my passport in his safe. Every month he gave us 200 dollars and said the rest would come when the contract ended.

We were not allowed to leave the dormitory on Sundays. The supervisor never beat anyone, but he said he would call immigration if we complained.

Now a lawyer is asking the plant for my passport and my wages.
"""

_NOTES = [
    "Mira is not her real name; she is 26 and comes from Battambang province.",
    "Mira is a pseudonym. She is 26 and comes from Battambang province.",
    "We are calling her Mira, which is not her real name. She is 26.",
]


def _mine(text: str, name: str) -> list[str]:
    return [t for t, (wording, _kind) in claim_speakers(text, {}).items() if wording == name]


@pytest.mark.parametrize("note", _NOTES)
def test_a_note_naming_the_witness_by_a_changed_name_gives_her_the_account(note: str) -> None:
    mine = _mine(_TESTIMONY.format(note=note), "Mira")
    assert any("kept my passport" in t for t in mine)
    assert any("I paid him 4,000 dollars" in t for t in mine)
    assert any("not allowed to leave the dormitory" in t for t in mine)
    assert any("my passport and my wages" in t for t in mine)


def test_a_changed_name_in_a_third_person_story_gives_no_witness() -> None:
    story = """COASTAL WIRE
Packers at a Busan plant say wages were held

Mira is not her real name; she is 26 and comes from Battambang province.

A packer at a frozen-food plant near Busan said her manager kept workers' passports in his safe and paid them 200
dollars a month. The plant did not answer questions.
"""
    assert _mine(story, "Mira") == []


_FAMILY = """DELTA NEWS

Families count the cost of jobs abroad

Salma Khatun keeps the receipts in a tin box. Together they add up to the 4 lakh taka her son Rafiq paid for a job at a furniture factory in Malaysia.

"We borrowed almost all of it from a moneylender," said Salma Khatun, 48.

According to his mother, for three months after Rafiq landed there was no work at all, and the agent kept him in a locked house with 20 others. "The agent has his passport," she said.
"""


def test_his_mother_is_the_woman_named_with_her_son_before() -> None:
    got = claim_speakers(_FAMILY, {})
    assert speaker_in(got, "no work at all") == ("Salma Khatun", "named_person")
    assert speaker_in(got, "The agent has his passport") == ("Salma Khatun", "named_person")


def test_his_mother_with_no_son_named_before_stays_unnamed() -> None:
    text = _FAMILY.replace("the 4 lakh taka her son Rafiq paid", "the 4 lakh taka a neighbour's boy paid")
    got = claim_speakers(text, {})
    assert speaker_in(got, "no work at all")[0] == "his mother"
