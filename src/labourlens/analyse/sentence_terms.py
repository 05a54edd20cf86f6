"""The prison term in a speaker phrase ("the wife of a political prisoner serving six years in a colony near
Vitebsk"): it says how long the prisoner is held, not who speaks, so it is not counted in the phrase's length."""

from __future__ import annotations

import re

_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many)"
# "serving six years", "serving a five-year sentence", "serving a life term", "serving 12 years for treason"
_TERM = re.compile(
    rf"\s+(?:who\s+is\s+)?serving\s+(?:(?:a|an)\s+(?:{_NUM}[- ](?:year|month)|life|long|lengthy)\s+(?:sentence|term)"
    rf"|{_NUM}\s+(?:years?|months?)|life)\b",
    re.IGNORECASE,
)


def without_term(phrase: str) -> str:
    """``phrase`` without the words of a prison term it carries (only these words: the rest is kept)."""
    return _TERM.sub("", phrase) if "serving" in phrase.lower() else phrase
