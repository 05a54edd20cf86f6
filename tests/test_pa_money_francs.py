"""A bare 'francs' takes the franc of the country around it (the CFA franc by default in
reports on labour in Africa). Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


def _money(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.currency) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("At the sawmill near Pointe-Noire the foreman hands out 40,000 francs a month in cash.",
         "40,000 francs", "XAF"),
        ("Builders in Libreville, Gabon, said they earned 75,000 francs a month.", "75,000 francs", "XAF"),
        ("A cleaner in Abidjan gets 55,000 francs for a month of night shifts.", "55,000 francs", "XOF"),
        ("Miners near Kolwezi in the DRC were paid 120,000 francs, a union official said.",
         "120,000 francs", "CDF"),
        ("The watchmaker in Geneva paid his trainees 3,200 francs a month.", "3,200 francs", "CHF"),
        ("Tea pickers outside Kigali, Rwanda, were paid 900 francs a day.", "900 francs", "RWF"),
        ("The Brazzaville depot pays 65,000 francs, the Congo minimum wage.", "65,000 francs", "XAF"),
    ],
)
def test_bare_francs_take_the_country_around(text: str, amount: str, currency: str) -> None:
    assert (amount, currency) in _money(text)


def test_named_francs_keep_their_own_currency() -> None:
    text = "He sent 50,000 Congolese francs home and kept 200 Swiss francs from a job in Bern."
    assert _money(text) == [("50,000 Congolese francs", "CDF"), ("200 Swiss francs", "CHF")]


def test_cfa_francs_stay_cfa() -> None:
    assert _money("Workers in Douala got 60,000 CFA francs a month.") == [("60,000 CFA francs", "XAF")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The minimum monthly wage in Brno rises to 21,000 crowns, the Czech labour ministry said.", "CZK"),
        ("Berry pickers in Sweden were promised 25,000 crowns a month by a Stockholm agency.", "SEK"),
        ("Fish-plant workers in Bergen, Norway, earned 28,000 crowns.", "NOK"),
        ("Welders were told 18,000 crowns a month.", "CZK"),
    ],
)
def test_crowns_take_the_country_around(text: str, currency: str) -> None:
    assert [c for _, c in _money(text)] == [currency]
