"""Who speaks a quoted sentence that names no speaker of its own, from the attributed sentences of its paragraph (for
:func:`labourlens.analyse.attribution.attribute`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.heading_names import heading_name, label_heading
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["quote_after_opener", "quote_donor", "quote_paragraph", "subhead_gap"]

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
        if result[j].explicit and (result[j].direct or j == i - 1 and (s.text.lstrip()[:1] in _OPENING_QUOTES or _left_open(
                sentences[j].text))):  # (s45) 'The source, citing a cousin, said: "... . They ...': the quotation runs on
            return result[i - 1] if result[i - 1].explicit and result[i - 1].source != OUTLET_KEY else result[j]
    for j in range(i + 1, len(sentences)):
        if sentences[j].paragraph != s.paragraph:
            break
        if result[j].explicit and result[j].direct:
            return result[j]
    return None


def _left_open(text: str) -> bool:
    """Does the sentence relay someone ("citing", "quoting") and open their quotation after a colon that it leaves open
    ('X, citing Y, said: "The women ...')?"""
    at = max(text.rfind(': "'), text.rfind(":\u201c"), text.rfind(': \u201c'))
    return at > 0 and _RELAYING.search(text, 0, at) is not None and not any(c in text[at + 3:] for c in '"\u201d')


_RELAYING = re.compile(r"\b(?:citing|quoting|relaying)\s")


_SENTENCE_END = ('.', '!', '?', '"', '\u201d', ':', ';', ')', '\u2019', "'")


def subhead_gap(sentences: Sequence[Sentence], i: int) -> int:
    """1 when a paragraph all in quotation (sentence ``i`` its first) follows a subhead, a one-line paragraph with no
    closing stop ("Phones on Sunday") that stands between it and the paragraph before: the quotation goes on from
    the person quoted there; else 0. (s331)"""
    para = sentences[i].paragraph
    if i < 1 or sentences[i - 1].paragraph != para - 1 or not quote_paragraph(sentences, i):
        return 0
    head = [s for s in sentences[max(0, i - 3):i] if s.paragraph == para - 1]
    text = head[0].text.strip() if len(head) == 1 else ""
    return int(bool(text) and head[0].quote is None and len(text.split()) <= 8 and not text.endswith(_SENTENCE_END)
               and not _LABEL_MARKS.search(text) and heading_name(text) is None and not label_heading(text))


# a heading that labels whose words follow ('Voice note 2 — "Selam", Jounieh', "Message 3:") is no plain subhead
_LABEL_MARKS = re.compile(r"[\"\u201c\u201d:\u2014\u2013]|\s-\s|\d")
