"""Where a document's account stops and the page's own voice takes over, for the paragraph carry-over of
:func:`labourlens.analyse.attribution.attribute` ("The agreement states ... Wages are paid ..." goes on as the
document's; "Our payments were made by bank transfer" is the page's own).

- the first person: "We ...", "Our ...", "I ...";
- a rebuttal of what was just reported ("This is not correct.", "That is untrue.", "This claim is false."): a body
  answering a report it quotes on its own page speaks in its own voice from there on;
- a bare rebuttal of what the document was just cited as saying ("The report says shifts run to fourteen hours. They
  do not."): the writer answers the document, the document does not deny itself;
- a denial right after the document's allegation or claim ("The review alleges that fees were charged. The firm
  charges nobody a fee."): the answer to it, not more of it.

Two studies of one session (s345 and s348) found the same need; their readings are joined here. Examples are
invented."""

from __future__ import annotations

import re

from labourlens.analyse.hedges import denial_cue

__all__ = ["own_voice"]

_FIRST_PERSON_START = re.compile(r"^\s*(?:We|Our|I|My|Us)\b")
# (s348) "This is not correct.", "The claim is false ...": a rebuttal opening the sentence
_REBUTTAL = re.compile(
    r"^\W{0,3}(?:This|That|It|The\s+(?:claim|allegation|statement|assertion))\s+(?:claim\s+|allegation\s+)?"
    r"(?:is|was)\s+(?:simply\s+|also\s+)?(?:not\s+(?:correct|true|accurate|the\s+case)|untrue|false|incorrect|inaccurate"
    r"|wrong|unfounded|baseless)\b", re.IGNORECASE)
# (s345) a short sentence that only denies: a pronoun or a demonstrative, then "do not", "is untrue", "was false"
_BARE_REBUTTAL = re.compile(
    r"^\W{0,3}(?:this|that|it|they|these|those|both|neither|none)(?:\s+(?:claim|claims|allegation|allegations|"
    r"statement|account|figure|figures))?\s+(?:(?:is|are|was|were|do|does|did|has|have|had)(?:\s+not|n['\u2019]t)"
    r"(?:\s+(?:so|true|correct|accurate|the\s+case))?|(?:is|are|was|were)\s+(?:simply\s+|wholly\s+|entirely\s+|also\s+)?"
    r"(?:untrue|false|wrong|incorrect|inaccurate|baseless|unfounded|mistaken|not\s+true|not\s+correct))\s*[.!]?\W{0,2}$",
    re.IGNORECASE)
_ALLEGING = frozenset({"allege", "claim", "accuse"})


def own_voice(text: str, cue: str | None = None) -> bool:
    """Is the sentence ``text``, after a document's sentence with the reporting ``cue``, the page's own voice?"""
    if _FIRST_PERSON_START.match(text) or _REBUTTAL.match(text) or _BARE_REBUTTAL.match(text):
        return True
    return cue in _ALLEGING and denial_cue(text) is not None
