"""A state body's head given with a field before the name ("The ministry's director of employment, Ana Ruiz",
"The inspectorate's chief of staff, Li Wen") speaks for the state, as "The ministry's director, Ana Ruiz" does. A
non-state body's head with a field stays what it was. Every text is written for this test; people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("The ministry's director of employment, Ramiro Nsue", "official"),
    ("The labour ministry's head of inspections, Ana Obiang", "official"),
    ("The inspectorate's chief of staff, Bolat Serikov", "official"),
    ("The embassy's head of consular affairs, Li Wen", "official"),
    ("the immigration service's director for the north, Mira Holm", "official"),
    ("The factory's head of human resources, Li Wen", "organization"),  # a firm's head: the firm
    ("The union's head of organising, Ana Obiang", "named_person"),  # not the state
])
def test_owned_head_with_field(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_owned_head_with_field_in_a_document() -> None:
    text = ("Builders well treated, ministry says\n\nThe labour ministry's director of inspections, Pilar Ondo, told "
            "the paper that the North Korean builders on the site \"work eight hours a day and keep their own passports.\"\n")
    a = analyse(text, META)
    assert a.claims and {a.source(c.source).kind for c in a.claims} == {"official"}
