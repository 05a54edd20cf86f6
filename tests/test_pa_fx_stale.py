"""The latest bundled ECB rate serves reports published in the weeks after the data ends."""

from __future__ import annotations

from datetime import timedelta

from labourlens.analyse import fx
from labourlens.analyse.money import find


def _last(currency: str):
    return fx._converter().bounds(currency).last_date


def test_three_weeks_after_the_data_ends_uses_the_latest_rate() -> None:
    last = _last("CNY")
    r = fx.rate("CNY", last + timedelta(days=21))
    assert r.per_usd is not None and 5.0 < r.per_usd < 9.0
    assert r.on == last
    assert r.note and "no ECB rate yet" in r.note


def test_four_weeks_after_still_converts_with_a_note() -> None:
    last = _last("EUR")
    r = fx.rate("EUR", last + timedelta(days=28))
    assert r.per_usd is not None and r.note and last.isoformat() in r.note


def test_half_a_year_after_the_data_ends_has_no_rate() -> None:
    last = _last("CNY")
    r = fx.rate("CNY", last + timedelta(days=180))
    assert r.per_usd is None and r.note and "the data covers" in r.note


def test_yuan_wage_in_a_report_a_month_after_the_data_is_converted() -> None:
    published = _last("CNY") + timedelta(days=30)
    amounts = find("The seamstresses at Hengfeng Textiles in Dandong said they earned 2,800 yuan a month.",
                   published)
    assert len(amounts) == 1
    a = amounts[0]
    assert a.usd is not None and 300 < a.usd < 500
    assert a.fx_note and "latest" in a.fx_note
