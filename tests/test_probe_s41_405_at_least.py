"""Probes (session 41, from heldout405's duration misses): "at least N units" is read as N units, the length the writer
gives (as "up to N" already was), since annotators give the floor as the length ("at least a month" = 28-31 days);
near misses: "more than N" and "over N" keep their open top, "about N" its spread. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import dates


def _one(text: str) -> dates.TimeMention:
    found = [t for t in dates.find(text) if t.kind == "duration"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Most porters stayed in the hostel for at least one month.", 28, 30.5),
        ("Applicants need at least two years in tiling work.", 730, 731),
        ("The crew stayed at sea for at least six months without landing.", 181, 183),
        ("She was kept in the flat for at least ten days.", 10, 10),
    ],
)
def test_at_least_n_is_n(text: str, low: float, high: float) -> None:
    t = _one(text)
    assert (t.days_low, t.days_high) == (low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The crew stayed at sea for more than three years.", 1096, 1315.2),
        ("The crew stayed at sea for more than eleven months.", 335.5, 365),
    ],
)
def test_more_than_keeps_its_open_top(text: str, low: float, high: float) -> None:
    t = _one(text)
    assert (t.days_low, t.days_high) == (low, high)
