"""Durations counted in number words above sixteen and in compounds ("nineteen months", "twenty-four hours",
"thirty six days"); a number word that counts people stays no duration. Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    a = analyse(text, {"published": "2025-03-01"})
    return [(t.text, t.days_low, t.days_high) for t in a.times if t.kind == "duration"]


@pytest.mark.parametrize("text,span,low,high", [
    ("The cook worked at the canteen for nineteen months without a day off.", "nineteen months", 560, 580),
    ("The crew were held at the port for twenty-four hours without food.", "twenty-four hours", 1, 1),
    ("He spent thirty six days on the trawler.", "thirty six days", 36, 36),
    ("The loggers stayed seventeen weeks in the camp.", "seventeen weeks", 119, 119),
    ("Some of the men had been abroad for ninety days.", "ninety days", 90, 90),
])
def test_number_word_durations(text: str, span: str, low: float, high: float) -> None:
    found = _durations(text)
    assert [f[0] for f in found] == [span]
    assert low <= found[0][1] <= found[0][2] <= high + 1  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "Seventy workers were at the yard on Monday.",
    "Twenty-four welders signed the petition.",
])
def test_number_words_counting_people_are_no_duration(text: str) -> None:
    assert _durations(text) == []
