"""Durations (diagnosis of heldout68, our own wording): a rota told as a rate ("rest was one day in two weeks", "one
day off in ten days") and a point of a stay ("the first year's money") are no durations; a
length of stay beside them keeps its reading. Every text is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse.dates import find


def _durations(text: str) -> list[str]:
    return [m.text for m in find(text, date(2025, 6, 1)) if m.kind == "duration"]


@pytest.mark.parametrize("text", [
    "Rest was one day in two weeks, if the foreman allowed it.",
    "They got one day off in ten days at the timber camp.",
    "The first year's money went to paying back the broker.",
])
def test_rotas_and_points_of_a_stay_are_no_durations(text: str) -> None:
    assert _durations(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("He worked at the timber camp for two weeks before he ran away.", "two weeks"),
    ("For the first year she was paid nothing at all.", "the first year"),
    ("I did not see my passport for three years.", "three years"),
])
def test_lengths_of_stay_keep_their_reading(text: str, span: str) -> None:
    assert any(span in d for d in _durations(text)), _durations(text)
