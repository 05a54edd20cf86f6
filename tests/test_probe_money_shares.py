"""Bare sums that take the currency of the amount before them (diag89): a part of a sum ("earned 41,000 rubles in
April, of which 12,000 were deducted in fines") and a sum in the same shape as the one before it ("told she would
pack boxes for 65,000 rubles and ended up loading trucks for 40,000"). A count of people after "of which" and a
"for" before a count of things stay no money. Every text is written for this test; people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


def _money(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.currency) for a in analyse(text, META).amounts if a.kind == "money"]


def test_a_part_of_a_sum() -> None:
    got = _money("A Kyrgyz packer said she earned 41,000 rubles in April, of which 12,000 were deducted in fines.")
    assert ("12,000", "RUB") in got


def test_a_sum_in_the_same_shape() -> None:
    got = _money("She was told she would pack boxes for 65,000 rubles and ended up loading trucks at night for 40,000, "
                 "with fines for every broken box.")
    assert ("40,000", "RUB") in got


def test_counts_stay_counts() -> None:
    got = _money("The firm paid 90,000 rubles in fines for 1,200 workers, of which 300 were sent home.")
    assert all(t not in ("300", "1,200") for t, _ in got)
