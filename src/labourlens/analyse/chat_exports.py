"""Messages pasted from a chat app's export (extractor ``chat_exports.v1``): each message is a line that opens with
the time it was sent and the sender's label, "[14/03/2026, 08:12] Amina (Tripoli): they keep us inside", or in the
other export shape "14/03/2026, 08:12 - Amina: ...". Such a line is a paragraph of its own (it never continues the
line above it, however long that line is); the time stamp is no part of the message's sentences, so the sender's
label opens the first sentence as a transcript's speaker label does; and senders type fast, so a full stop before a
lower-case word ends a sentence there ("no pay. they took the phones"). Used by
:mod:`labourlens.analyse.sentences`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["EXTRACTOR", "chat_stamp_end", "chat_spans"]

EXTRACTOR = "chat_exports.v1"

_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
# "[14/03/2026, 08:12] ", "[08:12, 14/03/2026] ", "14/03/2026, 08:12 - " before a sender's label and a colon
_STAMP = re.compile(rf"^\[(?:{_DATE},?\s+{_TIME}|{_TIME},?\s+{_DATE})\]\s*(?=[^\s:][^:\n]{{0,80}}:\s)|"
                    rf"^{_DATE},?\s+{_TIME}\s+[-\u2013]\s+(?=[^\s:][^:\n]{{0,80}}:\s)")
# a full stop, then a lower-case word: a new sentence in a typed message ("2 months. no money.")
_LOWER_START = re.compile(r"([.!?])(\s+)(?=[a-z])")
# the abbreviations a lower-case word may follow within a sentence
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|approx|vs|cf|incl|esp|no|nos|p|pp)|\b[A-Za-z])$", re.IGNORECASE)


def chat_stamp_end(line: str) -> int:
    """The end of the time stamp that opens a chat message's line (0 when the line opens with none)."""
    m = _STAMP.match(line)
    return m.end() if m is not None else 0


def chat_spans(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (the sentences of ``para``) for a chat message: the first without the time stamp, each cut again
    where a full stop is followed by a lower-case word."""
    stamp = chat_stamp_end(para)
    if not stamp:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s = max(s, stamp)
        if s >= e:
            continue
        start = s
        for m in _LOWER_START.finditer(para, s, e):
            if _ABBREVIATION.search(para, max(s, m.start() - 8), m.start()):
                continue
            if para[start:m.end(1)].strip():
                out.append((start, m.end(1)))
            start = m.end()
        if para[start:e].strip():
            out.append((start, e))
    return out
