"""The speed rewrites of regexes find exactly what the plain forms found.

Each rewritten pattern is compared with its straightforward form on the gold documents, the
samples and randomly punctuated variants of their sentences.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from labourlens.analyse import attribution, entities, meta
from labourlens.analyse.hedges import plain
from labourlens.analyse.speakers import _lex

ROOT = Path(__file__).resolve().parents[1]
_MARK = r"(?<!\w.)"


def _texts() -> list[str]:
    files = sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt")) + sorted((ROOT / "samples").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    if not texts:
        pytest.skip("no documents")
    return texts


def _lines() -> list[str]:
    lines = sorted({ln.strip() for t in _texts() for ln in re.split(r"(?<=[.!?\u201d])\s+|\n", t) if ln.strip()})
    rnd = random.Random(17)
    extra = []
    for ln in lines[:2000]:
        for _ in range(2):
            i = rnd.randrange(len(ln) + 1)
            ins = rnd.choice([",", '"', "\u201d", "\u201c", "\u2014", "-", '. "', ", ", " said", " told reporters", "!"])
            extra.append(ln[:i] + ins + ln[i:])
    return lines + extra


def _plain_boundary(pat: re.Pattern[str]) -> re.Pattern[str]:
    """The form with a leading ``\\b`` that ``pat`` was rewritten from."""
    assert pat.pattern.startswith("(?:") and _MARK in pat.pattern
    return re.compile(r"\b" + pat.pattern.replace(_MARK, ""), pat.flags)


def _spans(pat: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pat.finditer(text)]


def test_trailing_search_matches_plain_search() -> None:
    lex = _lex()
    for ln in _lines():
        text = plain(ln)
        a = lex.trailing_re.search(text)
        b = attribution._search_trailing(lex, text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text


def test_meta_cue_rewrites_match_plain_forms() -> None:
    pats = [p for _, _, p, _ in meta._CUES + meta._TAIL_CUES if p.pattern.startswith("(?:") and _MARK in p.pattern]
    assert len(pats) >= 8
    texts = _texts() + ["\n".join(_lines())]
    for p in pats:
        orig = _plain_boundary(p)
        for t in texts:
            assert _spans(p, t) == _spans(orig, t)


def test_entity_rewrites_match_plain_forms() -> None:
    cap_seq = re.compile(
        r"(?<![\w'\u2019-])[A-Z][a-z]+(?:-[A-Za-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[A-Za-z]+)?){1,2}(?![\w'\u2019-])"
    )
    name_after = _plain_boundary(entities._NAME_AFTER)
    texts = _texts() + ["\n".join(_lines())]
    for t in texts:
        assert _spans(entities._CAP_SEQ, t) == _spans(cap_seq, t)
        assert _spans(entities._NAME_AFTER, t) == _spans(name_after, t)
