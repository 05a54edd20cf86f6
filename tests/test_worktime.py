"""Working-time spans and their hours (analyse/worktime.py)."""

from __future__ import annotations

import pytest

from labourlens.analyse import worktime


def hours(text: str) -> list[tuple[str, float]]:
    return [(text[s:e], h) for s, e, h in worktime.long_hours(text)]


@pytest.mark.parametrize("text,expected", [
    ("The packers worked from 7 p.m. until 9 a.m. in the freezer hall.", 14.0),
    ("Crews laboured from seven in the morning until midnight.", 17.0),
    ("The women sewed from six in the morning until eleven at night.", 17.0),
    ("Loggers worked between 6am and 10pm.", 16.0),
    ("The welders worked from 06:00 to 22:30.", 16.5),
    ("They arrived at 4 a.m. and left after dark.", 15.0),
    ("We start work before dawn and are still on site at ten.", 16.5),
    ("The cooks worked from 8 in the morning until ten.", 14.0),
])
def test_clock_spans(text: str, expected: float) -> None:
    got = hours(text)
    assert got and got[0][1] == expected


@pytest.mark.parametrize("text,expected", [
    ("The bricklayers did 13-hour shifts.", 13.0),
    ("They were made to work up to 18 hours a day.", 18.0),
    ("The contract sets a working day of not less than 14 hours.", 14.0),
    ("Night shifts of up to fifteen hours were common.", 15.0),
    ("The miners put in 90 hours a week.", 15.0),
    ("Porters toiled sixteen hours daily.", 16.0),
])
def test_durations(text: str, expected: float) -> None:
    got = hours(text)
    assert got and got[-1][1] == expected


@pytest.mark.parametrize("text", [
    "The ferry crossing takes 14 hours.",
    "Applicants hear back within 24 hours of the interview.",
    "The shop is open from 6 a.m. until 9 p.m.",
    "The checkpoint operates from 8 a.m. to 8 p.m.",
    "He waited 12 hours at the border crossing.",
    "The weather turned cold after dark.",
])
def test_not_working_time(text: str) -> None:
    assert hours(text) == []


def test_normal_hours_are_short() -> None:
    got = hours("The new hires work three eight-hour shifts, from 8 a.m. to 4 p.m. for the day crew.")
    assert got and all(h <= 8 for _, h in got)


def test_parse_clock() -> None:
    assert worktime.parse_clock("6 p.m.") == (18.0, True)
    assert worktime.parse_clock("ten at night") == (22.0, True)
    assert worktime.parse_clock("midnight") == (24.0, True)
    assert worktime.parse_clock("12 a.m.") == (0.0, True)
    assert worktime.parse_clock("nine") == (9.0, False)
    assert worktime.parse_clock("tomorrow") is None


def test_empty_and_arbitrary_text() -> None:
    assert worktime.long_hours("") == []
    assert worktime.long_hours("from from from 99 hours hours until") == []


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is in the test extras
    given = None

if given is not None:
    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("from until 0123456789 a.m. p.m. hours-day shift night\n:,")),
                   max_size=120))
    def test_long_hours_never_crashes(text: str) -> None:
        for start, end, h in worktime.long_hours(text):
            assert 0 <= start < end <= len(text) and 0 < h <= 24
