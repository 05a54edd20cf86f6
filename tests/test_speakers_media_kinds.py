"""Legislators by title ("Rep. Dana Holt") are officials; media cited by kind ("state television", "North Korea's state media", "the state broadcaster") are
organisations; a named outlet ("NHK television", "KCNA") stays an outlet (README convention). Phrases
written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import classify
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.sentences import split
from labourlens.analyse.speakers import name_in


@pytest.mark.parametrize("phrase", [
    "North Korea's state media", "Russia's state television", "the state broadcaster", "local television",
    "a regional newspaper", "Chinese state-run media", "pro-government newspapers",
])
def test_media_by_kind(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", ["KCNA", "Yonhap", "NHK television", "the state news agency KCNA"])
def test_named_outlets(phrase: str) -> None:
    assert classify(phrase) == "outlet"


@pytest.mark.parametrize("phrase", ["Rep. Dana Holt", "Sen. Omar Reyes", "Representative Dana Holt",
                                    "U.S. Rep. Dana Holt", "Congresswoman Ines Marr"])
def test_legislators_by_title_are_officials(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase, kind", [("a company representative", "organization"), ("a sales rep", None)])
def test_other_representatives(phrase: str, kind: str | None) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["the State Department's Trafficking in Persons report",
                                    "the UN Panel of Experts' report", "the Walk Free Foundation's Global Slavery Index",
                                    "the inspectorate's figures"])
def test_a_body_s_titled_report_is_a_document(phrase: str) -> None:
    assert classify(phrase) == "document"


@pytest.mark.parametrize("phrase", ["A person familiar with the agency's records",
                                    "a man with access to the firm's figures"])
def test_a_person_who_knows_a_document_is_a_person(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase, name", [
    ("Elena Marín, a lawyer in Valencia", "Elena Marín"),
    ("Łukasz Wójcik, a former welder", "Łukasz Wójcik"),
    ("Ayşe Şahin, who runs the shelter", "Ayşe Şahin"),
])
def test_names_with_diacritics_are_names(phrase: str, name: str) -> None:
    assert name_in(phrase) == name and classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", ["Kwanza Norte Construções", "Lisboa Engenharia Ltda"])
def test_company_words_in_other_languages(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase, kind", [
    ("A spokesman for Verdant Palm Oil", "organization"),  # a firm's name without a company word
    ("a spokeswoman for Saltmarsh Poultry", "organization"),
    ("a spokeswoman for the Interior Ministry", "official"),
    ("a spokesman for Beijing", "official"),
    ("Mr Justice Harlow", "official"),
    ("Lady Justice Okafor", "official"),
])
def test_whose_voice_a_spokesperson_or_judge_carries(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["the complainant", "the claimants", "two teenagers", "the boys", "pickers",
                                    "a nun", "a union organiser"])
def test_more_people_by_what_they_are(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("text, speaker", [
    ("The forum said the cleaners were unpaid.", "The forum"),
    ("The constable said the passports were in the farm office.", "The constable"),
    ("The sisters said they were locked in at night.", "The sisters"),
    ("The detective said the men had been moved twice.", "The detective"),
])
def test_more_speaker_nouns(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


def test_police_ranks_abbreviated_do_not_end_a_sentence() -> None:
    texts = [s.text for s in split("Insp. Tomas Berg said the men were held. Supt. Ana Ruiz agreed.")]
    assert texts == ["Insp. Tomas Berg said the men were held.", "Supt. Ana Ruiz agreed."]


def test_a_group_named_justice_is_no_judge() -> None:
    assert classify("Justice Watch") == "organization"
