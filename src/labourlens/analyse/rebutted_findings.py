"""An authority's release that rebuts a report of forced labour, for :func:`labourlens.analyse.context.forced_labour_context`.

A ministry's results of a season's inspections often reads like an ordinary labour bulletin (fines, late pay, a
hotline's calls), and its "no case of forced labour was identified" is a figure of none, which alone says nothing of
what the text is about. When the same release also rejects an allegation, an accusation or another body's report
(a ministry that dismisses a rights group's allegations of coerced pickers), it answers a report of forced labour:
its denials and admissions are claims, not a bulletin's routine."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["rebuts_forced_labour"]

_NONE_FOUND = re.compile(
    r"\b(?:no|not a single|not one)\s+(?:\w+\s+){0,2}(?:cases?|instances?|incidents?|signs?|evidence)\s+of\s+"
    r"(?:\w+\s+){0,3}(?:forced|compulsory|coerced|child)\s+(?:labou?r|work)\b", re.IGNORECASE)
_REBUTS = re.compile(
    r"\b(?:rejects?|rejected|denies|denied|refutes?|refuted|dismisse[sd]|dismiss|rebuts?|rebutted)\s+(?:\w+\s+){0,3}"
    r"(?:allegations?|accusations?|claims?|assertions?|reports?|findings)\b", re.IGNORECASE)


def rebuts_forced_labour(texts: Iterable[str]) -> bool:
    """Does the body say no forced labour was found and also reject an allegation or a report?"""
    none_found = rebuts = False
    for text in texts:
        none_found = none_found or bool(_NONE_FOUND.search(text))
        rebuts = rebuts or bool(_REBUTS.search(text))
        if none_found and rebuts:
            return True
    return False
