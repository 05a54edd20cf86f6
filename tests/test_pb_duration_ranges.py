"""Day ranges of durations as report writers and annotators read them: months count at most
30.5 days, "up to N" is N, "nearly/almost N" is a little short of N (92% to just under N),
"more than N" runs to a fifth above N and never past N+1, "in over a year" is more than a
year, and "several" is three to six units. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import dates
from labourlens.model import TimeMention


def _durations(text: str) -> list[TimeMention]:
    return [t for t in dates.find(text, None) if t.kind == "duration"]


def _only(text: str) -> TimeMention:
    (t,) = _durations(text)
    return t


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The crew of the Halden Star stayed at sea for ten months.", (280, 305)),
        ("Welders in Gdynia waited eight to ten months for their papers.", (240, 305)),
        ("She cleaned offices in Kuwait City for fourteen months.", (420, 427)),
        ("The plasterers were housed in Tomsk for 22 months.", (665, 675)),
    ],
)
def test_months_count_at_most_thirty_and_a_half_days(text: str, inside: tuple[float, float]) -> None:
    t = _only(text)
    assert inside[0] <= t.days_low <= t.days_high <= inside[1]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Recruits could be held for up to three months before a hearing.", (88, 93)),
        ("Contracts in Muscat ran for up to five months.", (140, 155)),
        ("Visas were issued for up to two years.", (730, 731)),
    ],
)
def test_up_to_n_is_n(text: str, inside: tuple[float, float]) -> None:
    t = _only(text)
    assert inside[0] <= t.days_low <= t.days_high <= inside[1]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The sewing floor in Erdenet ran for almost three years without an inspection.", (1000, 1095)),
        ("Tolvik Marine had operated the yard for nearly six years.", (2000, 2191)),
        ("The camp near Tynda has existed for almost a decade.", (3200, 3650)),
        ("He had worked there for nearly a year.", (300, 365)),
    ],
)
def test_nearly_and_almost_stop_a_little_short(text: str, inside: tuple[float, float]) -> None:
    t = _only(text)
    assert inside[0] <= t.days_low <= t.days_high <= inside[1]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The brigade had been in Novosibirsk for more than four years.", (1461, 1800)),
        ("The welders were unpaid for more than three years.", (1096, 1460)),
        ("No one had been home in over a year, a cook said.", (366, 500)),
        ("The women worked in Yanji for more than six years.", (2190, 2600)),
    ],
)
def test_more_than_runs_a_little_above(text: str, inside: tuple[float, float]) -> None:
    t = _only(text)
    assert inside[0] <= t.days_low <= t.days_high <= inside[1]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The loggers had worked near Zeya for several years.", (1095, 2500)),
        ("Payment was delayed by several weeks.", (14, 60)),
        ("The inspection took several days.", (2, 9)),
    ],
)
def test_several_is_three_to_six_units(text: str, inside: tuple[float, float]) -> None:
    t = _only(text)
    assert inside[0] <= t.days_low <= t.days_high <= inside[1]  # type: ignore[operator]


def test_over_as_during_stays_no_more_than() -> None:
    t = _only("Brightwater Seafood earned $2 million over two years.")
    assert t.text == "two years" and t.days_low == 730
