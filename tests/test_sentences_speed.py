"""Fast line-kind checks and backward word scans in sentence splitting give what the plain patterns
give (invented lines and, when present, the repository's annotated reports)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from labourlens import knowledge
from labourlens.analyse import sentences
from test_hedges_prefilter import _corpus_sentences


def _reference_line_kind(line: str) -> str | None:
    stripped = sentences._LINE_MARKS.sub("", line).strip()
    if not stripped:
        return None
    data = knowledge.load("chrome.yaml") or {}
    for kind in ("contact", "byline", "chrome", "meta", "caption", "dateline"):
        flags = 0 if kind in ("byline", "dateline") else re.IGNORECASE
        pats = [re.compile(str(p), flags) for p in data.get(kind) or []]
        if kind == "byline":
            lowered = stripped[:1].lower() + stripped[1:]
            if any(p.match(stripped) or p.match(lowered) for p in pats) or sentences._BYLINE_LEAD.match(stripped):
                return kind
            continue
        if any(p.match(stripped) for p in pats):
            return kind
    return None


def test_line_kind_equals_pattern_by_pattern_reference() -> None:
    lines = _corpus_sentences() + [
        "Photo: Hana Vik", "A worker at the site. (AP Photo/Lee Min)", "Staff reporter", "by Ana Petrov",
        "Tel: +82 2 555 0100", "Published on 3 May 2024", "[Source: Harbour Times]", "Home > World > Asia",
        "Workers at a plant in Hunchun (Yonhap)", "22°C Sunny", "Read more: the latest on labour", "- 30 -",
        # letters that match other letters case-insensitively without lower-casing to them
        "ſhare on whatſapp", "SHARE ON WHATSAPP", "Keywords: Ölkrise, Gdańsk", "\u212aeywords: forestry",
        "Photo: Zoë Ölund", "ΣΧΌΛΙΑ", "Tags: ıslam, labour", "Copyright © 2024 Harbour Times",
    ]
    for line in lines:
        assert sentences.line_kind(line) == _reference_line_kind(line), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n\t\u00a0\u2003\r\x85")), max_size=10), st.integers(0, 10))
def test_word_before_equals_regex(text: str, end: int) -> None:
    end = min(end, len(text))
    m = sentences._WORD_BEFORE.search(text, 0, end)
    assert sentences._word_before(text, end) == (m.group(1) if m else None)


def test_fold_safe_refuses_letters_with_odd_case_matches() -> None:
    assert sentences._fold_safe("Share on WhatsApp — “now”")
    for text in ("ſhare", "ıt", "\u212aeywords", "ΟΔΟΣ", "Gdańsk"):
        assert not sentences._fold_safe(text)
    assert sentences._foldable(["^share$", r"^\S+@\S+$"])
    assert not sentences._foldable(["^Share$"]) and not sentences._foldable(["^(?-i:x)y"])
    assert sentences._foldable([r"(?P<a>\d+) hours"]) and not sentences._foldable([r"(?P<A>\d+)"])


def test_chrome_hint_equals_its_search() -> None:
    lines = _corpus_sentences() + ["  -- Share this", "mail me at a@b.c", "x [y]", "[Source: Harbour Times]",
                                   "Photo: Lee", "the photo", "", "ﬁ", "Read more"]
    for line in lines:
        assert sentences._chrome_hint(line) == bool(sentences._CHROME_HINT.search(line)), line
