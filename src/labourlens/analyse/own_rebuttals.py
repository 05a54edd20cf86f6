"""Where a document's account stops and the page's own voice takes over, for the paragraph carry-over of
:func:`labourlens.analyse.attribution.attribute` ("The agreement states ... Wages are paid ..." goes on as the
document's; "Our payments were made by bank transfer" is the page's own).

- the first person: "We ...", "Our ...", "I ...";
- a rebuttal of what was just reported ("This is not correct.", "That is untrue.", "This claim is false."): a body
  answering a report it quotes on its own page speaks in its own voice from there on;
- a denial right after the document's allegation or claim ("The review alleges that fees were charged. The firm
  charges nobody a fee."): the answer to it, not more of it.

Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.hedges import denial_cue

__all__ = ["own_voice"]

_FIRST_PERSON_START = re.compile(r"^\s*(?:We|Our|I|My|Us)\b")
_REBUTTAL = re.compile(
    r"^\W{0,3}(?:This|That|It|The\s+(?:claim|allegation|statement|assertion))\s+(?:claim\s+|allegation\s+)?"
    r"(?:is|was)\s+(?:simply\s+|also\s+)?(?:not\s+(?:correct|true|accurate|the\s+case)|untrue|false|incorrect|inaccurate"
    r"|wrong|unfounded|baseless)\b", re.IGNORECASE)
_ALLEGING = frozenset({"allege", "claim", "accuse"})


def own_voice(text: str, cue: str | None = None) -> bool:
    """Is the sentence ``text``, after a document's sentence with the reporting ``cue``, the page's own voice?"""
    if _FIRST_PERSON_START.match(text) or _REBUTTAL.match(text):
        return True
    return cue in _ALLEGING and denial_cue(text) is not None
