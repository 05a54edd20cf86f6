"""Who speaks a quoted sentence that names no speaker of its own, from the attributed sentences of its paragraph (for
:func:`labourlens.analyse.attribution.attribute`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["quote_after_opener", "quote_donor", "quote_paragraph"]

_OPENING_QUOTES = ('"', "\u201c")


def quote_paragraph(sentences: Sequence[Sentence], i: int) -> bool:
    """Is every sentence of this sentence's paragraph inside a quotation?"""
    para = sentences[i].paragraph
    return all(s.quote is not None for s in sentences if s.paragraph == para)


def quote_after_opener(sentences: Sequence[Sentence], i: int) -> bool:
    """Does a quotation open sentence ``i`` (the paragraph's second) and fill the rest of its paragraph, after a first
    sentence that is no quotation ('Bo, 29, guarded a tower. "The agent told me ..."')? A quoted phrase opening the
    sentence ('"Funds" of 500 yuan are the largest') is none."""
    para = sentences[i].paragraph
    if i < 1 or sentences[i - 1].paragraph != para or (i > 1 and sentences[i - 2].paragraph == para):
        return False
    opening = sentences[i].text.lstrip()
    return opening[:1] in '"\u201c' and not any(c in opening[1:-2] for c in '"\u201d') and all(
        t.quote is not None for t in sentences[i:] if t.paragraph == para)


def quote_donor(sentences: Sequence[Sentence], result: Sequence[Any], i: int,
                explicit_in_quote: dict[int, list[int]]) -> Any:
    """The attributed sentence in the same paragraph that speaks this quoted sentence."""
    s = sentences[i]
    same_quote = [j for j in explicit_in_quote.get(s.quote, ()) if j != i] if s.quote is not None else []
    if same_quote:
        return result[min(same_quote, key=lambda j: abs(j - i))]
    for j in range(i - 1, -1, -1):
        if sentences[j].paragraph != s.paragraph:
            break  # a quotation right after someone's reported words is theirs ('Y said "a". X said he asked. "b"': X)
        if result[j].explicit and (result[j].direct or j == i - 1 and s.text.lstrip()[:1] in _OPENING_QUOTES):
            return result[i - 1] if result[i - 1].explicit and result[i - 1].source != OUTLET_KEY else result[j]
    for j in range(i + 1, len(sentences)):
        if sentences[j].paragraph != s.paragraph:
            break
        if result[j].explicit and result[j].direct:
            return result[j]
    return None
