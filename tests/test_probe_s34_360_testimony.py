"""Probes (session 34, lead, from heldout360's study): a testimony under a note that gives the witness's changed name
in a sentence of its own ("Tomas is not his real name; ...", "Tomas is a pseudonym.") is the witness's, paragraph by
paragraph, as under the other notes of :mod:`labourlens.analyse.narrated_testimonies`; "his mother" after a paragraph
that opened with a woman named in full and named "her son ..." is that woman. Near misses keep what they had: a news
story that changes a name and goes on in the third person gives nothing to the named worker; "his mother" with no son
named before stays unnamed. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in

_TESTIMONY = """RIVERSIDE LETTERS - In their own voice
"The boss said the debt would follow me home"

A former welder at a shipyard near Ulsan looks back on two winters there. {note} He gave this interview to Riverside Letters at a church hostel in Incheon in August.

Translated from Khmer by Sok Dara.

My father grows cassava near Battambang. A broker from the district office came to our village and promised 2,000 dollars a month in Korea. I gave him 4,000 dollars before the flight, money we took from a moneylender.

At the yard I welded hull plates from six in the morning until eleven at night. The manager locked my passport in his safe. Every month he handed us 200 dollars and promised the rest when the contract ended.

On Sundays none of us could leave the hostel. The supervisor never struck anyone, but he said he would call immigration if we complained.

Today a legal aid office is trying to recover my passport and my wages.
"""

_NOTES = [
    "Tomas is not his real name; he is 41 and comes from Battambang province.",
    "Tomas is a pseudonym. He is 41 and comes from Battambang province.",
    "We are calling him Tomas, which is not his real name. He is 41.",
]


def _his(text: str, name: str) -> list[str]:
    return [t for t, (wording, _kind) in claim_speakers(text, {}).items() if wording == name]


@pytest.mark.parametrize("note", _NOTES)
def test_a_note_naming_the_witness_by_a_changed_name_gives_him_the_account(note: str) -> None:
    his = _his(_TESTIMONY.format(note=note), "Tomas")
    assert any("locked my passport" in t for t in his)
    assert any("I gave him 4,000 dollars" in t for t in his)
    assert any("could leave the hostel" in t for t in his)
    assert any("my passport and my wages" in t for t in his)


def test_a_changed_name_in_a_third_person_story_gives_no_witness() -> None:
    story = """COASTAL WIRE
Welders at an Ulsan yard say wages were held

Tomas is not his real name; he is 41 and comes from Battambang province.

A welder at a shipyard near Ulsan said his manager locked workers' passports in a safe and paid them 200
dollars a month. The yard did not answer questions.
"""
    assert _his(story, "Tomas") == []


_FAMILY = """DELTA NEWS

Loans, receipts and a locked house: what a job abroad cost one family

Salma Khatun stores every receipt in a tin box on a shelf. By her count, her son Rafiq paid 4 lakh taka for a place at a furniture works in Malaysia.

"A moneylender gave us nearly the whole sum," said Salma Khatun, 48.

According to his mother, Rafiq sat idle for three months after landing, and the recruiter's men locked him in a house with 20 others. "The recruiter is holding his passport," she said.
"""


def test_his_mother_is_the_woman_named_with_her_son_before() -> None:
    got = claim_speakers(_FAMILY, {})
    assert speaker_in(got, "sat idle for three months") == ("Salma Khatun", "named_person")
    assert speaker_in(got, "holding his passport") == ("Salma Khatun", "named_person")


def test_his_mother_with_no_son_named_before_stays_unnamed() -> None:
    text = _FAMILY.replace("her son Rafiq paid 4 lakh taka", "a neighbour's boy paid 4 lakh taka")
    got = claim_speakers(text, {})
    assert speaker_in(got, "sat idle for three months")[0] == "his mother"
