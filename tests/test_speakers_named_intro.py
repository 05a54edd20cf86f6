"""A person introduced by what they are and then "named X" ("a welder named Oleg Varin") is a named
person whose name is X; "who asked not to be named" keeps a source anonymous, and an organisation
"named" something stays an organisation. Names and companies are invented for the tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify, name_in


@pytest.mark.parametrize("phrase, name", [
    ("a welder named Oleg Varin", "Oleg Varin"),
    ("The first witness, a welder named Oleg Varin", "Oleg Varin"),
    ("A man named Chen Wei, who ran a recruitment agency in Fuzhou", "Chen Wei"),
    ("a former cook named Ri Song-ae", "Ri Song-ae"),
])
def test_named_introduction_gives_a_named_person(phrase: str, name: str) -> None:
    assert classify(phrase) == "named_person"
    assert name_in(phrase) == name


@pytest.mark.parametrize("phrase, kind", [
    ("a source who asked not to be named", "anonymous_source"),
    ("a company named Golden Tide Foods", "organization"),
])
def test_named_is_no_name_for_anonymous_sources_or_companies(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_named_witness_keeps_one_source_when_the_surname_comes_back() -> None:
    text = ("The first witness, a welder named Oleg Varin, told the committee that his wages were withheld "
            "for five months. Varin said the foreman kept his passport in a safe.")
    a = analyse(text, {"published": "2024-05-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    keys = [c.source for c in a.claims]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert sources[keys[0]].kind == "named_person"
