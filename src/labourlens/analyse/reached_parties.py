"""A party the reporter reached for an answer ("The intermediary, reached by the paper on a Bishkek mobile number, said
he only helps people buy tickets"): in a report about forced labour, what the party says answers the allegations, a
claim (most often a denial) even when it names neither workers nor a denial verb. Used by
:mod:`labourlens.analyse.claims`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["reached_party"]

_REACHED = re.compile(
    r"^\W{0,3}(?:The|A|An|Its|His|Her|Their)\s+[^,;:\"\u201c\u201d]{2,60},\s+(?:when\s+|who\s+was\s+)?"
    r"(?:reached|contacted|called|approached)\s+(?:by|on|at|for|through)\b[^,;:\"\u201c\u201d]{0,80},\s+"
    r"(?:said|says|told|denied|denies|insisted|insists|replied|claimed|claims)\b")


def reached_party(sentence_text: str) -> bool:
    """Does the sentence open with a party reached by the reporter who then answers ("X, reached by phone, said")?"""
    return _REACHED.match(sentence_text) is not None
