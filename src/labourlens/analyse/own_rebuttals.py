"""The writer's own voice after a document it cites, for the attribution's carry of a document's account to the rest of
its paragraph (:func:`labourlens.analyse.attribution.attribute`).

A document's account goes on in the sentences after it ("The contract states ... Wages are paid monthly."), but not in a
sentence that speaks as the writer: one that opens in the first person ("Our payments were made by bank transfer") or a
bare rebuttal of what the document was just cited as saying ("The report says shifts run to fourteen hours. They do
not.", "... This is untrue.", "That is false."): the writer answers the document, the document does not deny itself.
Examples are invented."""

from __future__ import annotations

import re

__all__ = ["own_voice"]

_FIRST_PERSON_START = re.compile(r"^\s*(?:We|Our|I|My|Us)\b")
# a short sentence that only denies: a pronoun or a demonstrative, then "do not", "is untrue", "was false", "is wrong"
_REBUTTAL = re.compile(
    r"^\W{0,3}(?:this|that|it|they|these|those|both|neither|none)(?:\s+(?:claim|claims|allegation|allegations|"
    r"statement|account|figure|figures))?\s+(?:(?:is|are|was|were|do|does|did|has|have|had)(?:\s+not|n['\u2019]t)"
    r"(?:\s+(?:so|true|correct|accurate|the\s+case))?|(?:is|are|was|were)\s+(?:simply\s+|wholly\s+|entirely\s+|also\s+)?"
    r"(?:untrue|false|wrong|incorrect|inaccurate|baseless|unfounded|mistaken|not\s+true|not\s+correct))\s*[.!]?\W{0,2}$",
    re.IGNORECASE)


def own_voice(sentence: str) -> bool:
    """Does the sentence speak as the writer: a first-person opening, or a bare rebuttal of what was just cited?"""
    return _FIRST_PERSON_START.match(sentence) is not None or _REBUTTAL.match(sentence) is not None
