"""Currency words of the Gulf and Africa: "lira" in a Lebanese setting is the Lebanese pound (the Turkish lira
elsewhere), "Uganda shillings" are Uganda's, and "ZiG" is Zimbabwe Gold, whose bracketed dollar conversion stays
attached to it. Every text is written for this test; people and firms are fictional (places and currencies are
real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.money import find


def _amounts(text: str) -> list[tuple[str | None, float | None, str | None, float | None]]:
    return [(a.currency, a.value, a.per, a.stated_usd) for a in find(text, None) if a.kind == "money"]


@pytest.mark.parametrize("text,cur,usd", [
    ("She earned 800 zlotys (about $190) a month.", "PLN", 190.0),
    ("Miners earn ZiG 4,200 (approximately US$160) a month.", "ZWG", 160.0),
])
def test_dollar_conversions_stay_attached(text: str, cur: str, usd: float) -> None:
    got = _amounts(text)
    assert len(got) == 1 and got[0][0] == cur and got[0][3] == usd and got[0][2] == "month", got


@pytest.mark.parametrize("text,cur", [
    ("In Beirut her employer now pays her 3 million lira instead of dollars.", "LBP"),
    ("In Istanbul the workshop paid him 9,000 lira a month.", "TRY"),
    ("The agency in Kampala charged each woman 4 million Uganda shillings.", "UGX"),
])
def test_currency_words(text: str, cur: str) -> None:
    assert [a[0] for a in _amounts(text)] == [cur]
