"""Property tests: money and date parsing never crash, and spans are exact."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labourlens import knowledge
from labourlens.analyse import dates, money

PIECES = st.sampled_from([
    "$", "RMB", " ", "10", "1,200", "million", "bn", "to", "-", "(", ")", "[USD 1.41]", "yuan", "won",
    "several", "hundred", "of", "tens", "thousands", "a month", "per day", "%", "percent", "between", "and",
    "¥", "€", "last", "year", "March", "3,", "2024", "on", "Wednesday", "ago", "two", "months", "at least",
    "since", "January", "the past", "week", "\n", ".", ",", "riyals", "about", "Dec.", "31", "up to",
    "hundreds", "thousands of", "dozens of", "a few", "half a", "a", "one", "or", "QR", "¥", "pounds sterling",
    "per cent", "pct", "-won", "k", "bln", "m", "US$", "(about", "$1,788)", "for", "over", "ago", "2019",
])


@lru_cache(maxsize=1)
def _vocabulary() -> list[str]:
    """Every word, symbol and code in the currency lexicon, for generated money-like text."""
    data = knowledge.load("currencies.yaml")
    words: set[str] = set()
    for entry in data["currencies"].values():
        for key in ("words", "symbols", "codes"):
            words.update(str(w) for w in entry.get(key) or [])
    for key in ("vague", "number_words", "multipliers", "short_multipliers"):
        words.update(str(w) for w in data[key])
    for forms in data["ambiguous_words"].values():
        words.update(str(w) for w in forms)
    return sorted(words)


def _check(text: str, published: date | None) -> None:
    for a in money.find(text, published):
        assert 0 <= a.start <= a.end <= len(text)
        assert a.text == text[a.start : a.end]
        assert a.kind in ("money", "percent")
    for t in dates.find(text, published):
        assert 0 <= t.start <= t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert t.kind in ("date", "duration", "relative")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_arbitrary_text_never_crashes(text: str, published: date | None) -> None:
    _check(text, published)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=25).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_money_like_text_never_crashes(text: str, published: date | None) -> None:
    _check(text, published)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_lexicon_text_never_crashes(data: st.DataObject) -> None:
    numbers = st.sampled_from(["5", "10", "1,200", "2.5", "2019", "300-400", "0", "999999"])
    pieces = st.one_of(st.sampled_from(_vocabulary()), numbers, PIECES)
    seps = st.sampled_from([" ", "", "-", " to ", " and ", " (", ") ", ", "])
    parts = data.draw(st.lists(st.tuples(pieces, seps), max_size=12))
    _check("".join(p + s for p, s in parts), date(2024, 5, 15))
