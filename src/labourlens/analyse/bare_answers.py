"""An answer that is a bare yes ("A: Yes.", "Of course."), used by :func:`labourlens.analyse.claim_filters.frame_line`:
it takes its content from the question, which is never a claim, so it claims nothing of its own (what the answer goes
on to say is the next sentence's). A bare "No." stays a claim: a denial straight after a question (negated).

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

__all__ = ["bare_answer"]

# an optional turn label ("A:", "KIM:"), then a bare yes
_BARE = re.compile(r"^\W{0,3}(?:[A-Z][\w.'-]{0,20}\s*:\s*)?(?i:yes|yeah|of course|absolutely|exactly|correct|indeed|"
                   r"certainly)\s*[.!]?\W{0,2}$")


def bare_answer(text: str) -> bool:
    """Is ``text`` a bare yes, with a turn label at most?"""
    return len(text) <= 32 and _BARE.match(text.strip()) is not None
