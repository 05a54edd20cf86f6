"""A press service or press office "of" a firm speaks for the firm (``organization``), one of a ministry or a
regional government for the state (``official``). (A firm's director named after the role and a firm known only
by its name, "The director of Polarnord-Trans, Arkady Belov", keeps the older reading, a person: the writers
split, see tests/test_speakers_kind_families.py.) Every phrase is written for this test; firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-01-10", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("The press service of the developer", "organization"),
    ("The press service of the developer, the Zarya group of companies", "organization"),
    ("the press office of Amur Stroy", "organization"),
    ("the press service of the company", "organization"),
    ("the press service of the Interior Ministry", "official"),
    ("the press service of the regional government", "official"),
    ("The director of Polarnord-Trans, Arkady Belov", "named_person"),
])
def test_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_developer_press_service_in_a_story() -> None:
    text = ("Unpaid builders in Omsk\n\nMigrant workers from Tajikistan say the subcontractor has not paid them for "
            "four months and keeps their passports.\n\nThe press service of the developer, the Zarya group of "
            "companies, said it had paid its contractors in full and \"is not a party to the wage dispute\" with the "
            "migrant workers.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "paid its contractors" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "organization", (s.wording, s.kind) if s else None
