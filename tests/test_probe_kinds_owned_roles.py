"""Two speaker shapes read with the wrong kind: a named author or researcher given role first and owned by
the report or the group ("The report's author, Anna Berg") is a named person, not the report; a named head
of a state service given by its kind ("Inspectorate head Oleg Lis", "Customs chief Ivan Dorn") speaks for the
state. Names and bodies are fictional; written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase,kind", [
    ("The report's author, Anna Berg", "named_person"),
    ("The study's lead author, Tomas Lind", "named_person"),
    ("The group's research director, Park Eun-ji", "named_person"),
    ("the network's senior analyst, Dina Oruz", "named_person"),
    ("Anna Berg, the report's author", "named_person"),
    ("Inspectorate head Oleg Lis", "official"),
    ("Labour inspectorate chief Marta Nowak", "official"),
    ("Customs head Ivan Dorn", "official"),
    ("Migration service deputy head Aida Sarsen", "official"),
])
def test_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase,kind", [
    ("The report's annex, Table 3", "document"),
    ("The company's director, Ivan Dorn", "organization"),
    ("Recruitment agency head Ivan Dorn", "named_person"),  # an agency may be a firm: no state voice from the title
])
def test_controls(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind
