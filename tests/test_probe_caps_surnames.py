"""A name as a parliament's or a court's record writes it, a title, given names and the surname in capitals ("Dr Anneli
SUNDQVIST"), is a person, not an acronym of a body (analyse.speaker_forms.without_name_aside). Names invented for this
test."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "Dr Anneli SUNDQVIST",
    "Mr Pavel HORÁK, rapporteur",
    "Ms Greet VAN DAMME",
    "Prof. Oskar LINDGREN",
])
def test_title_and_capital_surname_is_a_person(phrase: str) -> None:
    assert classify(phrase) == "named_person"


def test_acronyms_stay_bodies() -> None:
    assert classify("the ILO") != "named_person"
    assert classify("UNHCR") != "named_person"


def test_record_of_a_hearing_names_the_witness() -> None:
    text = ("Dr Anneli SUNDQVIST told the subcommittee that the welders' passports were kept in the foreman's office "
            "and that none of them had been paid for three months.\n")
    a = analyse(text, {"published": "2026-03-20", "language": "en"})
    assert a.claims
    source = next(s for s in a.sources if s.key == a.claims[0].source)
    assert source.kind == "named_person"
    assert source.wording is not None and "SUNDQVIST" in source.wording
