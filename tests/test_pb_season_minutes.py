"""Durations told in seasons or minutes: "for three winters" (N-1 years and a season to N
years), "the whole winter", "for most of last winter", "for 70 minutes", "within twenty
minutes", "lasted between 90 minutes and three hours"; not a lone or a past season ("last
winter he left", "spent two winters there"), a match clock ("after 31 minutes") or a
schedule ("every 30 minutes"). Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import dates
from labourlens.model import TimeMention


def _durations(text: str) -> list[TimeMention]:
    return [t for t in dates.find(text, None) if t.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "span", "inside"),
    [
        ("Villagers near Zeya have watched the brigade for three winters.", "three winters", (730, 1100)),
        ("For two seasons he felled larch in a camp in Amur Oblast.", "two seasons", (180, 730)),
        ("The crew stayed on the boats over four summers.", "four summers", (1095, 1460)),
        ("The men had no day off for the whole winter.", "the whole winter", (80, 182)),
        ("For most of last winter the builders lived on the tenth floor.", "most of last winter", (80, 100)),
        ("The fire in the sewing shop was put out within twenty minutes.", "twenty minutes", (0.01, 0.02)),
        ("\"We played well for 70 minutes,\" the coach of Kestrel FC said.", "70 minutes", (0.04, 0.06)),
        ("Interviews lasted between 90 minutes and three hours.", "90 minutes and three hours", (0.05, 0.15)),
    ],
)
def test_season_and_minute_durations(text: str, span: str, inside: tuple[float, float]) -> None:
    found = [t for t in _durations(text) if span in t.text]
    assert len(found) == 1
    t = found[0]
    assert inside[0] <= t.days_low <= t.days_high <= inside[1]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "In winter it was forty below in the camp.",
        "Last winter he left the site near Tynda.",
        "A plasterer who spent two winters on the scaffolding left for Seoul.",
        "The visiting side scored after 31 minutes.",
        "The shuttle runs every 30 minutes from the station.",
        "The harvest comes every two summers in the hills.",
        "They ate standing up in ten minutes.",
    ],
)
def test_no_season_or_minute_duration(text: str) -> None:
    assert _durations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The women were let out for 20 minutes a day.",
        "He rested for ten minutes each shift.",
    ],
)
def test_minutes_of_a_daily_routine_are_no_duration(text: str) -> None:
    assert _durations(text) == []
