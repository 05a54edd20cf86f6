"""Probes (session 37, from heldout382's study): an amount in a currency the ECB never published but whose central
bank manages its rate (the Vietnamese dong, the Taiwan dollar, the Pakistani and Sri Lankan rupees, the taka) takes
that bank's average rate of the report's year from ``knowledge/currencies.yaml`` when the text states no conversion of
its own. Near misses keep what they had: a stated conversion still wins, and a currency with a parallel market far
from its official rate (the North Korean won) gets no rate. Every text is written for this test; people and firms are
fictional."""

from __future__ import annotations

from datetime import date

from labourlens.analyse import fx, money
from money_helpers import one_amount


def test_dong_without_a_conversion_takes_the_reference_rate() -> None:
    a = one_amount("Each recruit paid the Song Lam agency 120 million dong before the flight.", "120 million dong")
    assert a.currency == "VND" and a.fx_source == "reference"
    assert a.usd is not None and 4500 <= a.usd <= 6000


def test_taiwan_dollars_take_the_reference_rate() -> None:
    a = one_amount("The home carer said her broker at Pinehill Staffing took NT$1,500 from her pay.", "NT$1,500")
    assert a.currency == "TWD" and a.usd is not None and 40 <= a.usd <= 60


def test_the_report_year_picks_the_rate() -> None:
    found = [a for a in money.find("The driver owed 500,000 Pakistani rupees to the agent.", date(2019, 6, 1))
             if a.kind == "money"]
    assert len(found) == 1 and found[0].usd is not None and 3000 <= found[0].usd <= 3700
    later = fx.reference("PKR", date(2031, 1, 1))
    assert later is not None and later == fx.reference("PKR", None)


def test_a_stated_conversion_still_wins() -> None:
    a = one_amount("The crew paid 50 million dong (about $2,000) each to the Hai Phong broker.", "50 million dong")
    assert a.fx_source == "stated in text" and a.usd is not None and abs(a.usd - 2000) < 1


def test_a_currency_with_a_parallel_market_gets_no_rate() -> None:
    assert fx.reference("KPW", date(2025, 3, 1)) is None
    assert fx.reference("MMK", date(2025, 3, 1)) is None


def test_a_date_before_the_table_gets_no_rate() -> None:
    assert fx.reference("VND", date(2009, 5, 1)) is None
