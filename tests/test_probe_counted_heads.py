"""A counted group's kind comes from the noun counted ("Hundreds of South Asian labourers building an office
tower" are people), not from a noun inside a participle's object ("office" there is no state office); the noun
after a partitive "of" keeps its kind with or without a determiner. Every phrase is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("Hundreds of South Asian and African labourers building an office tower in northern Riyadh", "anonymous_source"),
    ("Dozens of workers cleaning the ministry offices", "anonymous_source"),
    ("Scores of welders repairing a police station", "anonymous_source"),
    ("Hundreds of workers at the ministry building", "anonymous_source"),
    ("Dozens of Chinese companies", "organization"),
    ("scores of officials from the ministry", "official"),
    ("three of the ministry officials", "official"),
    ("two of its former foremen at the plant", "anonymous_source"),
])
def test_counted_heads(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_in_a_wire_item() -> None:
    text = ("Tower crews unpaid\nMigrant workers in Riyadh say they are not paid.\n\n"
            "Hundreds of Nepali and Kenyan labourers building an office tower in Riyadh went up to five months "
            "without salaries this year, several of the workers told reporters.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "without salaries" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "anonymous_source"
