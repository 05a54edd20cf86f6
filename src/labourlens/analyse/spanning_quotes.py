"""A quotation that a lead-in ending in a colon opens on the next line and closes only lines later, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

'According to the ministry's circular:' then '"Article 4. Employers shall ... / Article 5. Wages are ..."' with
one opening mark and one closing mark: the lines between the marks are the circular's words, not the page's,
even though the splitter leaves every line after the first outside the quotation. Only the page's own voice is
given over (a line that names a speaker of its own keeps it), and only up to the one closing mark, which must end
its line. Examples here and in the tests are invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["spanning_quotes"]

_CLOSERS = {'"': '"', "\u201c": "\u201d"}
_LONGEST = 5000  # characters between the marks: a passage, not the rest of the page


def _closing(text: str, opened: int) -> int | None:
    """Where the quotation opened at ``opened`` closes, when it closes at the end of a later line and nothing
    is quoted inside it; else None."""
    mark = text[opened]
    close = text.find(_CLOSERS[mark], opened + 1, opened + _LONGEST)
    if close < 0 or "\n" not in text[opened:close] or "\u201c" in text[opened + 1:close]:
        return None
    if text[close - 1:close] not in (".", "!", "?", ")"):
        return None
    line_end = text.find("\n", close)
    return close if not text[close + 1:line_end if line_end >= 0 else len(text)].strip() else None


def spanning_quotes(text: str, sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give the lines of a quotation that a named speaker's lead-in opens, up to its closing mark, to that
    speaker (in place)."""
    squeezed = "".join(text.split())
    if ':"' not in squeezed and ":\u201c" not in squeezed:
        return
    for i in range(len(sentences) - 1):
        s, lead = sentences[i], result[i]
        if s.kind != "body" or not lead.explicit or lead.source == OUTLET_KEY or not s.text.rstrip().endswith(":"):
            continue
        nxt = sentences[i + 1]
        opening = nxt.text.lstrip()[:1]
        if opening not in _CLOSERS or "\n" not in text[s.end:nxt.start + 1]:
            continue
        opened = nxt.start + nxt.text.index(opening)
        close = _closing(text, opened)
        if close is None:
            continue
        for j in range(i + 1, len(sentences)):
            t = sentences[j]
            if t.start >= close:
                break
            if t.kind == "body" and result[j].source == OUTLET_KEY and not result[j].explicit:
                result[j] = replace(result[j], source=lead.source, cue=lead.cue, direct=True, span=None)
