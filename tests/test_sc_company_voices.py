"""Company people who answer for their firm, interviewees known by a code, and one of several firms or
hirers (labourlens.analyse.company_voices, speaker_kinds, forum_posts). All wordings are our own."""

from __future__ import annotations

import pytest

from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "The company's local director, reached by telephone",
    "The firm's Kenyan manager",
    "The company's general manager",
    "The factory manager",
    "The sawmill's owners",
    "The Chinese factory owners",
    "The Chinese factory owners interviewed by telephone (three of five contacted)",
    "Management",
    "The plant's management",
    "A manager at one of the sawmills, reached by telephone",
    "An owner of the brickworks, contacted by phone",
    "One owner, Zhao Mingde",
    "Another mill owner, Gao Lindong",
    "Developer Baltic Stroi-Invest",
    "Contractor Amurgrad-Montazh",
    "One of the audited plants, in Weifang",
    "One of the inspected factories",
])
def test_people_and_parts_of_a_firm_speak_as_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "A former manager at one of the mills",  # former heads speak as people
    "The main contractor's site manager",  # a site manager is not the firm's head
    "A Chinese shift supervisor at the plant",
    "A manager at its office in Mombasa",  # no phone, no firm's head: an unnamed manager stays a person
    "One manager in Doha",
    "A restaurant manager in Shenyang",
    "One of the subcontractors",  # a person who hires a crew
    "another of the contractors",
    "One of the brokers",
    "One of the workers",
])
def test_unnamed_people_stay_anonymous(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", ["The director of Human Rights Watch, Jane Holm", "Its director, Pavel Orlov"])
def test_named_heads_in_shapes_older_sets_read_as_persons_stay_persons(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("code", ["R-05", "P-22", "AO-6", "K-11", "W-3a"])
def test_an_interviewee_code_is_an_anonymous_source(code: str) -> None:
    assert classify(code) == "anonymous_source"


def test_a_code_quoted_in_a_study_is_no_forum_poster() -> None:
    assert post_header('R-05 said: "We worked until midnight."') is None
    assert post_header('T-12 said: "The gate was locked."') is None
    assert post_header("lorry_dave said: the camp is in Tula") == ("lorry_dave", 16)
    assert post_header("kl_mum wrote:") == ("kl_mum", 13)


@pytest.mark.parametrize("letter", ["K", "T", "Z"])
def test_a_person_known_by_one_letter_is_an_anonymous_source(letter: str) -> None:
    assert classify(letter) == "anonymous_source"


@pytest.mark.parametrize("word", ["A", "I"])
def test_an_article_or_pronoun_is_no_lettered_person(word: str) -> None:
    assert classify(word) != "anonymous_source"


def test_a_lettered_interviewee_speaks_again_by_the_letter() -> None:
    from labourlens.analyse.pipeline import analyse

    text = ("A former brick maker, identified here as Worker T, told us that the owner kept all passports. "
            "\"Nobody could leave the kiln,\" T said.\n\nT also said the men had been promised US$400 a month "
            "before leaving Nepal.")
    a = analyse(text)
    src = {s.key: s for s in a.sources}
    promised = [c for c in a.claims if "promised" in c.text]
    assert promised and src[promised[0].source].kind == "anonymous_source"
    assert "T" in (src[promised[0].source].wording or "")


@pytest.mark.parametrize(("phrase", "kind"), [
    ("A woman who answered the phone at the factory", "organization"),
    ("A man who answered the workshop's telephone, and who gave his name only as Mr. Oh", "organization"),
    ("the company's office director, surnamed Lin", "organization"),
    ("A neighbour who answered the phone", "anonymous_source"),
])
def test_whoever_answers_a_firms_phone_speaks_for_it(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["the brick kiln owner", "a man who answered the phone at the Labour Ministry's office"])
def test_a_compound_owner_and_a_ministry_phone_stay_people(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"
