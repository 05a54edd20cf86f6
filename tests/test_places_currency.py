"""Places never fire on the country part of a money expression ("US dollars", "US$")."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


@pytest.mark.parametrize(
    "text",
    [
        "Each welder paid between 400 and 900 US dollars to a broker.",
        "The fee was 1,200 U.S. dollars, paid in cash.",
        "They were paid in US dollars at the end of the season.",
        "The contract promised US$ 650 a month.",
        "A bribe of 300 United States dollars changed hands.",
        "Wages were quoted in Hong Kong dollars rather than yuan.",
    ],
)
def test_no_place_inside_money(text: str) -> None:
    found = places.find(text)
    assert not [p for p in found if p.country in ("US", "HK")], found


@pytest.mark.parametrize(
    "text, country",
    [
        ("The US won the vote on the sanctions resolution.", "US"),  # "won" here is a verb
        ("Officials in the U.S. said the firm was under investigation.", "US"),
        ("Two of the men later reached the US and applied for asylum.", "US"),
    ],
)
def test_country_still_found_outside_money(text: str, country: str) -> None:
    assert any(p.country == country and p.level == "country" for p in places.find(text))


def test_money_and_place_in_one_sentence() -> None:
    text = "Workers sent 500 US dollars home from Vladivostok, Russia."
    found = {p.name for p in places.find(text)}
    assert "United States" not in found
    assert "Russia" in found
