"""Study 372: the initials of Indian states after a district or town ("a kiln near Agra in UP", "from Rewa MP"), read
as the state only right after a place of India already found; elsewhere the same letters are words ("an MP said").
Every text is written for this test; the people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def _names(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name) for p in places.find(text)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Twelve families from a village near Agra in UP were sent to a kiln in Punjab.", "Uttar Pradesh"),
        ("The caller said his nephew came from Rewa MP two seasons ago and works at a kiln in Rohtak.", "Madhya Pradesh"),
    ],
)
def test_state_initials_after_an_indian_place(text: str, state: str) -> None:
    assert ("IN", state) in _names(text), _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "An MP from Lahore raised the case of the kiln workers in the assembly.",
        "The UP government said it would inspect the kilns, an MP told the paper.",
    ],
)
def test_initials_without_a_place_before_them_stay_words(text: str) -> None:
    found = _names(text)
    assert ("IN", "Madhya Pradesh") not in found and ("IN", "Uttar Pradesh") not in found, found
