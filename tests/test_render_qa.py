"""How amounts and times read in `labourlens analyse` (regressions: "(stated in text )" with a
stray space, "2024-07-01 (month)" for "since July", "(unknown)" after every duration)."""

from __future__ import annotations

from labourlens import render
from labourlens.model import Amount, TimeMention


def test_amount_value_reads_like_the_text() -> None:
    stated = Amount(0, 3, "300 Kuwaiti dinars", currency="KWD", value=300.0, per="month", usd=975.0,
                    fx_source="stated in text")
    assert render.amount_value(stated) == "300 KWD per month = USD 975 (stated in text)"
    ecb = Amount(0, 3, "RMB 1,000", currency="CNY", value=1000.0, usd=139.5, fx_source="ECB", fx_date="2025-10-21")
    assert render.amount_value(ecb) == "1,000 CNY = USD 139.5 (ECB, 2025-10-21)"
    ranged = Amount(0, 3, "55,000 and 65,000 rubles", currency="RUB", low=55000.0, high=65000.0,
                    usd=650.0, usd_low=595.83, usd_high=704.17)
    assert render.amount_value(ranged) == "55,000-65,000 RUB = USD 595.83-704.17"
    none = Amount(0, 3, "3,000 rubles", currency="RUB", value=3000.0, fx_note="no ECB rate for RUB")
    assert render.amount_value(none) == "3,000 RUB (no USD value: no ECB rate for RUB)"
    assert render.amount_value(Amount(0, 3, "70 percent", None, kind="percent", value=70.0)) == "70%"
    assert render.amount_value(Amount(0, 3, "60-70%", None, kind="percent", low=60.0, high=70.0)) == "60-70%"


def test_time_value_by_precision() -> None:
    assert render.time_value(TimeMention(0, 4, "since July", kind="relative", date="2024-07-01",
                                         date_end="2024-07-31", precision="month")) == "2024-07"
    assert render.time_value(TimeMention(0, 4, "2018", "date", date="2018-01-01", precision="year")) == "2018"
    assert render.time_value(TimeMention(0, 4, "5 December 2024", "date", date="2024-12-05", precision="day")) == "2024-12-05"
    assert render.time_value(TimeMention(0, 4, "last week", "relative", date="2024-12-02", date_end="2024-12-08",
                                         precision="week")) == "2024-12-02 to 2024-12-08 (week)"
    five = TimeMention(0, 4, "five months", kind="duration", days_low=147.5, days_high=152.5)
    assert render.time_value(five) == "147.5-152.5 days"
    assert render.time_value(TimeMention(0, 4, "two weeks", kind="duration", days_low=14.0, days_high=14.0)) \
        == "14 days"
