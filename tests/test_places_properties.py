"""Property tests: the H6 stages never crash and keep their spans exact on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from labourlens.analyse import entities, language, meta, outlets, places

WORDS = st.sampled_from([
    "North", "Korea", "Korean", "China", "Jilin", "city", "Province", "the", "Gulf", "-", ",", ".", "(AP)", "—",
    "St.", "Petersburg", "Georgia", "Kim", "Chol-su", "told", "Daily", "NK", "Co.,", "Ltd.", "Translated", "by",
    "from", "Korean", "평양", "丹东", "US$", "U.S.", "Seafood", "Factory", "said", "\n", "\n\n", "Read", "in",
])
PROSE = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(PROSE)
def test_places_never_crash_and_spans_are_exact(text: str) -> None:
    for m in places.find(text, []):
        assert text[m.start:m.end] == m.text
        assert m.level in ("country", "admin1", "city", "border", "facility", "other")


@settings(max_examples=150, deadline=None)
@given(PROSE)
def test_entities_and_outlets_never_crash(text: str) -> None:
    for m in entities.find(text, []):
        assert text[m.start:m.end] == m.text
    for s, e, o in outlets.find_mentions(text):
        assert 0 <= s < e <= len(text) and o.name


@settings(max_examples=100, deadline=None)
@given(PROSE)
def test_meta_and_language_never_crash(text: str) -> None:
    dm = meta.detect(text, [], {})
    assert dm.original_language is None or len(dm.original_language) == 2
    assert isinstance(language.detect(text), str)
    for idx, lang in language.paragraph_languages(text, "en"):
        assert idx >= 0 and lang != "en"
