"""Sums in USDT, the dollar-pegged stablecoin that scam compounds demand ransoms and "fees" in (a study of s37 on a
held-out set; every text here is written for this test, with fictional people): read as US dollars at face value, so
that a ransom in USDT is still money. Near misses: dollar sums keep their reading."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize(("text", "value"), [
    ("His sister transferred 4,500 USDT to a wallet the managers named before he was let go.", 4500.0),
    ("The compound demanded USDT 2,000 as a \"release fee\" from every worker who wanted to leave.", 2000.0),
    ("Workers were told they owed 12,000 usdt for flights and food.", 12000.0),
])
def test_usdt_is_dollars(text: str, value: float) -> None:
    amounts = [m for m in analyse(text, {}).amounts if m.kind == "money"]
    assert [(m.currency, m.value) for m in amounts] == [("USD", value)]


def test_dollars_unchanged() -> None:
    amounts = [m for m in analyse("The family paid $3,000 to a broker to get him out.", {}).amounts if m.kind == "money"]
    assert [(m.currency, m.value) for m in amounts] == [("USD", 3000.0)]
