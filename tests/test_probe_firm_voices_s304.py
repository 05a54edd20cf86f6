"""Firm voices (probe study-304): a firm with a two-word name and no legal form, met as a workplace, that says "it" of
itself ("X said it had ...") is the firm, not a person. Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import wording_and_kind

META = {"published": "2026-06-01", "language": "en"}

PACKER = ("Migrant pickers near Viseu say they work twelve hours a day. Their shift at Granja Alta, one of the biggest "
          "fruit packers in the district, starts at six.\n\n"
          "Pickers said they were paid late and fined for slow work.\n\n"
          "Granja Alta said it has \"a strict policy\" on late pay.\n")


def test_a_workplace_that_says_it_of_itself_is_the_firm() -> None:
    a = analyse(PACKER, META)
    assert wording_and_kind(a, "strict policy") == ("Granja Alta", "organization")


def test_a_name_never_met_as_a_workplace_keeps_its_kind() -> None:
    text = PACKER.replace("Their shift at Granja Alta, one of the biggest fruit packers in the district, starts at six.",
                          "The season starts in June.")
    a = analyse(text, META)
    assert wording_and_kind(a, "strict policy")[1] == "named_person"


def test_a_person_who_says_it_is_still_a_person() -> None:
    text = PACKER + "\nRita Sousa, a picker at Granja Alta, said it was the hardest season she had known.\n"
    a = analyse(text, META)
    assert wording_and_kind(a, "hardest season")[1] != "organization"
