"""Evidence put before a court, tribunal or hearing ("The tribunal heard that ...") is reported by that body;
people who "heard that" something happened pass on hearsay and are not made speakers by this verb."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Court heard that the fishermen had been recruited through a broker in Dalian.", "The Court"),
    ("The tribunal heard that the welders had no written contracts.", "The tribunal"),
    ("The employment tribunal heard that the cleaners were paid nothing for three months.",
     "The employment tribunal"),
    ("The committee heard that the crew were locked below deck at night.", "The committee"),
])
def test_a_court_reports_what_it_heard(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.cue == "hear"


@pytest.mark.parametrize("sentence", [
    "Residents heard that the men were locked in at night.",
    "A neighbour heard that the men were never paid.",
    "She heard that the factory had closed.",
])
def test_people_who_heard_something_are_not_made_speakers(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or m.cue != "hear"


def test_a_judgment_summary_gives_the_evidence_to_the_court() -> None:
    text = ("Summary of judgment\n\nThe Court heard that the North Korean welders were recruited through an agent "
            "in Shenyang and that their passports were taken on arrival.\n")
    a = analyse(text)
    srcs = [a.source(c.source) for c in a.claims]
    assert srcs and all(s is not None and s.kind == "official" and s.wording == "The Court" for s in srcs)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Court found the shipyard and its owner guilty of employing nine workers without permits.", "The Court"),
    ("The tribunal found the recruiter liable for the unpaid wages of forty fishermen.", "The tribunal"),
    ("The court found the defendants not guilty of trafficking the women.", "The court"),
])
def test_a_court_reports_its_verdict(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.cue == "find"


def test_a_person_who_found_someone_is_no_verdict() -> None:
    m = find_mention("A neighbour found the men guilty of nothing but hard work, she joked.")
    assert m is None or m.cue != "find"
