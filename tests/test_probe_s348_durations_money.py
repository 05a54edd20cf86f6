"""Study 348: durations told as a whole unit ("an entire month"), in centuries or in working days; a count of shifts
that is no length ("three day shifts"), nor days worked or a fee told as a month; money "not less than" a sum (open
above, not below); a conversion note with a rounded rate ("$1 = about 90 som") that is no amount. Every text is
written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import dates, money


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.text, t.days_low, t.days_high) for t in dates.find(text, None) if t.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The bonus goes only to loaders who stay an entire month at the camp.", "an entire month", 30.0, 31.0),
        ("Her family has farmed beside the old tin workings for over a century.", "over a century", 36000.0, 41000.0),
        ("Smelting has gone on in the valley for half a century.", "half a century", 18000.0, 18500.0),
        ("Complaints are answered within ten working days, the cooperative says.", "ten working days", 10.0, 14.0),
    ],
)
def test_whole_units_centuries_working_days(text: str, span: str, low: float, high: float) -> None:
    found = [d for d in _durations(text) if span in d[0]]
    assert found, _durations(text)
    assert low <= float(found[0][1] or 0) and float(found[0][2] or 0) <= high


@pytest.mark.parametrize(
    "text",
    [
        # counts of shifts or of periods, not lengths of time
        "Crane drivers keep a roster of three day shifts, three night shifts and three days off.",
        # days worked counted on a payslip, and a fee told as a month's pay
        "Her payslip shows she was paid for 23 working days in March.",
        "Nobody warned us the fee would be a whole month.",
        # a rest day, not a length of a stay
        "She has not had a full day off since she arrived.",
        # a point in time, not a length
        "Half a century ago the first shaft was sunk here.",
        # an adjective, not a length
        "He signed a full-year contract with the hauler.",
    ],
)
def test_counts_and_points_are_no_durations(text: str) -> None:
    assert not [d for d in _durations(text) if "day" in d[0] or "week" in d[0] or "century" in d[0] or "year" in d[0]]


def _amounts(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(a.text, a.low, a.high) for a in money.find(text, None)]


def test_not_less_than_is_open_above() -> None:
    found = _amounts("The tribunal set a penalty of not less than US$ 12,500 for each breach.")
    assert found and found[0][1] == 12500.0 and found[0][2] is None


def test_less_than_stays_open_below() -> None:
    found = _amounts("Pickers earned less than $40 for the week.")
    assert found and found[0][1] == 0.0 and found[0][2] == 40.0


def test_rounded_rate_note_is_no_amount() -> None:
    found = _amounts("Loaders are paid 9,000 som a week. ($1 = about 88 som)")
    assert [a[0] for a in found] == ["9,000 som"]
