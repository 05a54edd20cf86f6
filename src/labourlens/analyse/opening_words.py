"""Words that open a sentence or a line, as a pattern piece that ``re`` scans for quickly (speed).

A pattern that a pass runs over a whole document and that opens with "at the start, after a sentence's end or after a
line break" (``(?:^|(?<=[.!?"\u201d]\\s)|(?<=\\n))The``) gives ``re`` no letter to look for: it tries the whole
pattern at every character of the document. :func:`opening` writes the same test with each word's first letter
ahead of the look-behinds (``T(?:(?<=^T)|(?<=\\nT)|(?<=[.!?"\u201d]\\sT))he``): the matches are the same (the same
places, the same groups), and ``re`` only tries the places where one of the first letters stands. Used by
:mod:`labourlens.analyse.described_names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["AFTER_STOP", "opening"]

# what stands before a sentence's first word: a full stop, a question or exclamation mark or a closing quotation
# mark, then one blank
AFTER_STOP = r"[.!?\"\u201d]\s"


def opening(words: Sequence[str], after: str = AFTER_STOP) -> str:
    """``(?:^|(?<=AFTER)|(?<=\\n))(?:W1|W2|...)`` with each word's first letter before the look-behinds (see the
    module's note): a word at the start of the text, after a line break, or after ``after`` (a pattern of fixed
    width). The words are plain text, tried in the order given."""
    alts = []
    for w in words:
        head = re.escape(w[0])
        alts.append(f"{head}(?:(?<=^{head})|(?<=\\n{head})|(?<={after}{head})){re.escape(w[1:])}")
    return "(?:" + "|".join(alts) + ")"
