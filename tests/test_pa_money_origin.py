"""A country named as where workers come from does not decide a shared currency name; the place
where they are paid does. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money, money_context


def _money(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.currency) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Road crews near Bata, mostly from Cameroon and Benin, said they got 55,000 CFA francs a month.", "XAF"),
        ("Masons from Senegal, Mali or Togo working in Libreville earn 80,000 CFA francs.", "XAF"),
        ("Cleaners in Manama, Bahrain, recruited from Jordan, were paid 150 dinars.", "BHD"),
        ("Cooks in Muscat, Oman, hired from Saudi Arabia and Yemen, are paid 120 rials.", "OMR"),
    ],
)
def test_origin_countries_do_not_decide_the_currency(text: str, currency: str) -> None:
    assert [c for _, c in _money(text)] == [currency]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("In Dakar, Senegal, masons earn 70,000 CFA francs.", "XOF"),
        ("The Cameroon site pays 60,000 CFA francs a month.", "XAF"),
        ("Drivers in Kuwait said they were paid 180 dinars.", "KWD"),
    ],
)
def test_the_place_of_work_still_decides(text: str, currency: str) -> None:
    assert [c for _, c in _money(text)] == [currency]


def test_origin_phrase_shapes() -> None:
    text = "workers from Nepal, India and Bangladesh in Qatar"
    assert money_context.origin(text, text.index("India"))
    assert money_context.origin(text, text.index("Bangladesh"))
    assert not money_context.origin(text, text.index("Qatar"))
