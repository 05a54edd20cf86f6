"""The first-character filter of :func:`labourlens.analyse.dates.find` only skips pattern
attempts that could not match: results are the same with and without it."""

from __future__ import annotations

import random
from datetime import date

import pytest

from labourlens.analyse import dates

PIECES = [
    "on March 3, 2021", "3 March 2021", "3rd of March, 2021", "March 2021", "in March", "since mid-March",
    "last March", "the 1990s", "in 2019", "2019-04-05", "on Monday", "last Friday", "yesterday", "Today",
    "last week", "earlier this month", "The past year", "two years ago", "12 days ago", "a few weeks ago",
    "for about a year", "spent a month", "at least three months", "more than 2 years", "6-month", "over two weeks",
    "nearly a decade", "Several months", "SEPT. 5", "Sept. 5, 2020", "the beginning of May", "end of June",
    "Kestrel Logistics", "RMB 500", "$70", "20,000", "2397", "ſome days", "K days", "١٢ days", "İn May",
    "Between April and June", "from January to March 2022", "Until December", "This Tuesday", "next year",
]


def _text(rng: random.Random) -> str:
    words = ["workers", "said", "the", "factory", ",", "Dandong", "and", "were", "paid", "(", ")", "—"]
    out = []
    for _ in range(rng.randrange(3, 14)):
        out.append(rng.choice(PIECES) if rng.random() < 0.6 else rng.choice(words))
    return " ".join(out)


@pytest.mark.parametrize("seed", range(6))
def test_same_results_without_the_filter(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    texts = [_text(rng) for _ in range(120)]
    pub = date(2024, 5, 1)
    with_filter = [dates.find(t, pub) for t in texts]
    monkeypatch.setattr(dates, "_FIRST_CHARS", {})
    without = [dates.find(t, pub) for t in texts]
    assert with_filter == without
    assert sum(len(x) for x in with_filter) > 100  # the texts do have time mentions


def test_dotted_capital_i_keeps_positions() -> None:
    # "İ".lower() is two characters: positions must still point into the original text
    text = "İzmir and İstanbul staff of Kestrel Ridge said on March 3, 2021 they were unpaid since 2019"
    found = dates.find(text, date(2024, 5, 1))
    assert [t.text for t in found] == ["March 3, 2021", "since 2019"]
    assert all(text[t.start:t.end] == t.text for t in found)
