"""Speakers given with their affiliation ("Natalia Ruiz of the Pacific Labour Institute", "a researcher
at Hanseo University"): found after a quote, kept as one source when the surname comes back, and never
confused with the clause they introduce (all texts fictional, written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of, who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import name_in

QUOTE = '"They are never given a day off," said {}.'


@pytest.mark.parametrize("speaker, kind", [
    ("Marta Quispe of the Andean Migration Observatory", "named_person"),
    ("Dr. Jonas Eklund of Uppsala University", "named_person"),
    ("Pastor Daniel Obi of Harvest Gate Church", "named_person"),
    ("Elif Demir from the Bosporus Labour Centre", "named_person"),
    ("Rustam Aliyev at the Tashkent Rights Network", "named_person"),
    ("a researcher at the Far Eastern Labour Institute", "anonymous_source"),
    ("a senior analyst at the Caspian Policy Forum in Baku", "anonymous_source"),
])
def test_speaker_with_affiliation_after_a_quote(speaker: str, kind: str) -> None:
    src = who(QUOTE.format(speaker), "day off")
    assert src is not None and src.wording == speaker and src.kind == kind


@pytest.mark.parametrize("first, later", [
    ("Marta Quispe of the Andean Migration Observatory said the crews worked 15 hours a day.", "Quispe"),
    ("Professor Jonas Eklund of Uppsala University said the crews worked 15 hours a day.", "Eklund"),
    ("Dr. Elif Demir at the Bosporus Labour Centre said the crews worked 15 hours a day.", "Demir"),
    ("Senior researcher Rustam Aliyev from the Tashkent Rights Network said the crews worked 15 hours a day.",
     "Aliyev"),
    ('"The crews worked 15 hours a day," said Marta Quispe of the Andean Migration Observatory.', "Quispe"),
    ("According to Jonas Eklund of Uppsala University, the crews worked 15 hours a day.", "Eklund"),
])
def test_surname_later_is_the_same_source(first: str, later: str) -> None:
    text = f"{first} {later} said the foremen kept their passports."
    (_, a), (_, b) = speakers_of(text)
    assert a is not None and b is not None and a.key == b.key == "S1"


@pytest.mark.parametrize("speaker", [
    "Marta Quispe of the Andean Migration Observatory",
    "Dr. Jonas Eklund of Uppsala University",
    "Professor Elif Demir, of the Bosporus Labour Centre",
])
def test_name_before_the_affiliation(speaker: str) -> None:
    assert name_in(speaker) in ("Marta Quispe", "Jonas Eklund", "Elif Demir")


@pytest.mark.parametrize("body", ["Bank of China", "University of Seoul", "Ministry of Labour",
                                  "Korea Institute of Labour Studies"])
def test_a_body_named_with_of_is_not_a_person(body: str) -> None:
    assert name_in(body) is None


@pytest.mark.parametrize("text, speaker", [
    ("The crews never get a day off, said Marta Quispe of the Andean Migration Observatory.",
     "Marta Quispe of the Andean Migration Observatory"),
    ("Pay was withheld for months, said a former foreman.", "a former foreman"),
    # an apposition before "said" still makes its subject the speaker
    ("Aziz Karimov, a former plasterer, said the guards beat the men.", "Aziz Karimov, a former plasterer"),
    ("The ministry, in a statement, said no workers were held.", "The ministry, in a statement"),
])
def test_clause_before_said_is_what_was_said(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("text, speaker", [
    ("According to Marta Quispe, the crews worked 15 hours a day.", "Marta Quispe"),
    ("According to Marta Quispe of the Andean Migration Observatory, the crews were unpaid.",
     "Marta Quispe of the Andean Migration Observatory"),
    ("According to Jonas Eklund, a labour economist, the crews were unpaid.", "Jonas Eklund, a labour economist"),
    ("According to Jonas Eklund, the head of the survey team, the crews were unpaid.",
     "Jonas Eklund, the head of the survey team"),
])
def test_according_to_keeps_the_apposition_not_the_claim(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Foreign Ministry spokesperson Zhao Ming told a regular briefing that no such workers were in the city.",
     "Foreign Ministry spokesperson Zhao Ming"),
    ("The ministry's spokeswoman, Hou Lan, told a regular news briefing that the reports were false.",
     "The ministry's spokeswoman, Hou Lan"),
    ("Zhao Ming told an online press conference on Monday that the plant had closed.", "Zhao Ming"),
    ("The governor told a meeting of investors that all foreign builders had valid permits.", "The governor"),
    ('"No one is held against their will," Zhao told a daily briefing.', "Zhao"),
])
def test_told_a_briefing_or_meeting(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_count_word_after_a_group_is_that_group() -> None:
    # "Most said" is the group itself; "Several said" is a part of it that speaks as worded (SA round, as the
    # held-out annotators read it)
    text = ("Workers interviewed by the clinic said they were locked in at night. "
            "Several said they had not been paid since spring. Most said their phones were taken.")
    (_, group), (_, several), (_, most) = speakers_of(text)
    assert group is not None and several is not None and most is not None
    assert group.key == most.key != several.key and several.wording == "Several"


def test_count_word_after_one_person_is_new_people() -> None:
    text = "A source in Rason said the crews were paid 300 yuan. Several said they were locked in."
    (_, one), (_, several) = speakers_of(text)
    assert one is not None and several is not None and one.key != several.key
    assert several.kind == "anonymous_source"


@pytest.mark.parametrize("text", [
    "Some reports of abuse could not be checked.",
    "Several reports described beatings at the yard.",
    "Many claims about the camp are hard to verify.",
])
def test_count_word_before_a_noun_is_not_a_speaker(text: str) -> None:
    m = find_mention(text)
    assert m is None or m.wording not in ("Some", "Several", "Many")  # "Several reports" may speak
