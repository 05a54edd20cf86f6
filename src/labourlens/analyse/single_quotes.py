"""Quotations in single quotation marks, as British and Australian outlets print them ('We were never
paid,' he said.): attribution reads them as quotations. Only marks that open a quotation (before a
capital letter, at the start of a line or after a space) and marks that close one (after the
quotation's punctuation) are read as quotation marks; apostrophes ("workers' wages", "didn't") stay.
The text keeps its length, so every offset stays valid.
"""

from __future__ import annotations

import re
from dataclasses import replace

from labourlens.analyse.sentences import quote_spans
from labourlens.model import Sentence

__all__ = ["double_quoted", "with_single_quotes"]

_OPEN = re.compile(r"['\u2018](?:(?<=^.)|(?<=[\s(\[\u2014\u2013-].))(?=[A-Z])", re.MULTILINE)  # (the mark first:
_CLOSE = re.compile(r"['\u2019](?<=[.,!?].)(?=\s|$|[)\]\u2014\u2013-])", re.MULTILINE)  # re scans for it; same matches)


def _paragraph_marks(para: str) -> list[int]:
    """Offsets of the single quotation marks of one paragraph, opened and closed in pairs; an opening
    mark left open at the end of the paragraph (a quotation that goes on) counts too."""
    opens = [m.start() for m in _OPEN.finditer(para)]
    if not opens:
        return []
    closes = [m.start() for m in _CLOSE.finditer(para)]
    marks: list[int] = []
    pos = -1
    for o in opens:
        if o < pos:
            continue
        c = next((c for c in closes if c > o), None)
        if c is None:
            if not para[:o].strip():
                marks.append(o)  # a quotation that opens the paragraph and goes on in the next one
            break
        marks.extend((o, c))
        pos = c
    return marks


# quotation marks of other conventions: guillemets (« », ‹ ›), the low-high pair („ ... “)
# and corner brackets (「 」, 『 』); each becomes a straight double quote (same length)
_FOREIGN_OPEN = "\u00ab\u2039\u201e\u300c\u300e"
_FOREIGN_CLOSE = "\u00bb\u203a\u300d\u300f"
_FOREIGN = re.compile(r"[\u00ab\u2039\u201e\u300c\u300e][^\n\u00ab\u00bb\u2039\u203a\u201e\u300c\u300d\u300e\u300f]{1,600}?"
                      r"[\u00bb\u203a\u201c\u300d\u300f]")


def foreign_quoted(text: str) -> str:
    """``text`` with quotations in guillemets, low-high marks or corner brackets written with straight double
    quotes; a comma just after the closing mark moves inside it, as in English ("«On part», dit-il")."""
    if not any(c in text for c in _FOREIGN_OPEN):
        return text
    chars = list(text)
    for m in _FOREIGN.finditer(text):
        a, b = m.start(), m.end() - 1
        if text[a] == "\u201e" and text[b] != "\u201c" or text[a] != "\u201e" and text[b] == "\u201c":
            continue  # a low mark closes with the high one; guillemets and brackets with their own pair
        chars[a] = chars[b] = '"'
        if b + 1 < len(text) and text[b + 1] == ",":
            chars[b], chars[b + 1] = ",", '"'
            if b > a + 1 and chars[b - 1] == " ":  # "« Nous partons », dit" -> ' "Nous partons,"  dit'
                chars[b - 1], chars[b], chars[b + 1] = ",", '"', " "
        if b > a + 1 and text[a + 1] == " ":
            chars[a], chars[a + 1] = " ", '"'
        elif b > a + 1 and chars[b - 1] == " ":
            chars[b - 1], chars[b] = '"', " "
    return "".join(chars)


def double_quoted(text: str) -> str:
    """``text`` with single quotation marks turned into double ones, in paragraphs without double quotes."""
    text = foreign_quoted(text)
    if "'" not in text and "\u2018" not in text:
        return text
    chars = list(text)
    changed = False
    start = 0
    for line in text.splitlines(keepends=True):
        if '"' not in line and "\u201c" not in line and "\u201d" not in line:
            for i in _paragraph_marks(line):
                chars[start + i] = '"'
                changed = True
        start += len(line)
    return "".join(chars) if changed else text


def with_single_quotes(text: str, sentences: list[Sentence]) -> tuple[str, list[Sentence]]:
    """The text and sentences with single-quoted quotations read as quotations: the sentence texts use
    double quotation marks, and sentences inside such a quotation get a quotation id of their own."""
    converted = double_quoted(text)
    if converted is text:
        return text, sentences
    next_id = max((s.quote for s in sentences if s.quote is not None), default=-1) + 1
    out: list[Sentence] = []
    by_para: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_para.setdefault(s.paragraph, []).append(s)
    for para in sorted(by_para):
        group = by_para[para]
        p_start, p_end = group[0].start, group[-1].end
        body = converted[p_start:p_end]
        spans = quote_spans(body) if body != text[p_start:p_end] else []
        ids = list(range(next_id, next_id + len(spans)))
        next_id += len(spans)
        for s in group:
            quote = s.quote
            if quote is None:
                for qi, (qs, qe) in enumerate(spans):
                    a, b = s.start - p_start, s.end - p_start
                    inside = min(b, qe) - max(a, qs)
                    if inside > 0 and (inside >= 0.5 * (b - a) or qs <= a + 1):
                        quote = ids[qi]
                        break
            out.append(replace(s, text=converted[s.start:s.end], quote=quote))
    return converted, out
