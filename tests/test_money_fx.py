"""The lazy ECB rate table of :mod:`labourlens.analyse.fx` agrees with ``currencyconverter``."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from labourlens.analyse import fx


def test_rates_agree_with_currencyconverter() -> None:
    currency_converter = pytest.importorskip("currency_converter")
    ref = currency_converter.CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)
    mine = fx._converter()
    rng = random.Random(12)
    checked = 0
    for cur in ("CNY", "RUB", "JPY", "KRW", "GBP", "EUR", "USD", "HKD", "SGD", "PLN"):
        assert mine.known(cur) == (cur in ref.currencies)
        assert tuple(mine.bounds(cur)) == tuple(ref.bounds[cur])
        for _ in range(60):
            # weekends and holidays included: those rates are interpolated
            day = date(1999, 1, 1) + timedelta(days=rng.randrange(0, 9800))
            try:
                expected: float | None = float(ref.convert(1.0, "USD", cur, date=day))
            except Exception:  # outside the currency's range: no rate
                expected = None
            try:
                got: float | None = mine.convert(1.0, "USD", cur, day)
            except KeyError:
                got = None
            assert got == expected, (cur, day)
            checked += expected is not None
    assert checked > 300


def test_unknown_currency_and_out_of_range_dates() -> None:
    conv = fx._converter()
    assert not conv.known("KPW")
    assert conv.known("EUR")
    r = fx.rate("RUB", date(2024, 5, 1))  # the ECB stopped publishing the rouble in March 2022
    assert r.per_usd is None and r.note and "RUB" in r.note
    weekend = fx.rate("CNY", date(2024, 5, 4))  # a Saturday: interpolated between Friday and Monday
    friday, monday = fx.rate("CNY", date(2024, 5, 3)), fx.rate("CNY", date(2024, 5, 6))
    assert weekend.per_usd is not None and friday.per_usd is not None and monday.per_usd is not None
    assert min(friday.per_usd, monday.per_usd) <= weekend.per_usd <= max(friday.per_usd, monday.per_usd)
    assert 6.0 < weekend.per_usd < 8.0
