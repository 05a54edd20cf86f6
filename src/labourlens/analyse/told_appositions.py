"""A name set off after the one who was told: "the company told a trade weekly, Solar Trade Review, that ..." (used by
:func:`labourlens.analyse.speaker_repairs.past_dateline`).

The appositive between the hearer and "that" names the hearer again; read with it, the sentence seemed to have no
speaker at all, and the page's voice took it. Blanked out (same length, so spans stay put), the teller before "told"
is found as in "the company told a trade weekly that ...". Examples are invented.
"""

from __future__ import annotations

import re

__all__ = ["without_told_apposition"]

# "told a trade weekly, Solar Trade Review, that", "informed the paper, the Harbour Times, that"
_TOLD_APPOSITION = re.compile(
    r"\b(?:told|tells|informed|informs|assured|assures)\s+(?:an?|the|its|their|one)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
    r"(?P<app>,\s+(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'\u2019.&-]*){0,5},)(?=\s+that\b)")


def without_told_apposition(sentence_text: str) -> str | None:
    """``sentence_text`` with the hearer's appositive name blanked (spaces of the same length), or None when it has
    none."""
    if "told" not in sentence_text and "inform" not in sentence_text and "assure" not in sentence_text \
            and "tells" not in sentence_text:
        return None
    m = _TOLD_APPOSITION.search(sentence_text)
    if m is None:
        return None
    return sentence_text[:m.start("app")] + " " * (m.end("app") - m.start("app")) + sentence_text[m.end("app"):]
