"""Probes: a news story's first sentence names its subject after a dateline and a fronted adjunct ("OSH - For nine
months, Pavel Orlov cut timber ..."), and the "He says" that follows is that person, one source with his later
quotes. Texts written for these tests; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speaker

STORY = """KHABAROVSK - For nine months, Pavel Orlov cut timber at a yard run by Kestrel Timber, a Chinese-owned company. He says he was never paid in full.

"They kept our passports," Orlov told the Courier.

Orlov left in May. He says he still owes the foreman 9,000 roubles. "He told me never to come back," he said.
"""


def test_pronoun_goes_back_to_the_fronted_name() -> None:
    wording, kind, key = speaker(STORY, "never paid in full")
    assert (wording, kind) == ("Pavel Orlov", "named_person")
    assert speaker(STORY, "They kept our passports")[2] == key
    assert speaker(STORY, "never to come back")[2] == key


def test_without_a_dateline() -> None:
    text = LEAD_FREE + "Since March, Anna Kowal has cleaned offices in Dubai for an agency. She says her passport was taken on arrival.\n"
    assert speaker(text, "passport was taken")[:2] == ("Anna Kowal", "named_person")


def test_a_place_name_opening_the_sentence_is_no_person() -> None:
    text = "DUBAI - In March, Kestrel Cleaning Services hired forty women from Kampala. She says the passports were taken on arrival.\n"
    assert speaker(text, "passports were taken")[0] != "Kestrel Cleaning Services"


LEAD_FREE = "Migrant cleaners in the Gulf described their conditions.\n\n"


def test_a_count_after_a_dateline_is_no_name() -> None:
    text = ("ALMATY - Last year, Two Kazakh women who worked at a glove factory in Anhui say they were sent there and could "
            'not refuse.\n\n"They said my father would lose his pension," she said.\n\n'
            "Three Uyghur men from Kashgar said the dormitory was locked at night and their passports were taken.\n")
    assert speaker(text, "lose his pension")[0] != "Two Kazakh"
