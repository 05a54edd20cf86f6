"""A speaker tag after the closing quotation mark of a sentence that ends a quotation opened earlier."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import Mention


def after_quote(text: str, house: frozenset[str]) -> Mention | None:
    """The speaker tag after the closing quotation mark of a sentence that ends a quotation opened before it
    ('... the company keeps the rest," one worker, who gave his name as Bo, told the paper.'), or None."""
    close = max(text.rfind('"'), text.rfind("\u201d"))
    tail = text[close + 1:]
    if close < 0 or text.count('"', 0, close) % 2 or "\u201c" in text[:close] or len(tail.strip()) < 8 \
            or not text[:close].strip():  # the mark that opens the sentence's quotation closes nothing
        return None
    m = find_mention(tail, house)
    if m is None or m.start > 60 or not m.cue or "." in tail[:m.start]:
        return None
    return Mention(m.wording, m.start + close + 1, m.end + close + 1, m.cue, True, m.relay)
