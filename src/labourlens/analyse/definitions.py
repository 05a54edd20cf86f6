"""Sentences that define a practice rather than report it ("Forced labour can include situations in which ...",
"Debt bondage occurs when a worker must work off a loan", "Under ILO standards, wage withholding is defined as ...").
They say nothing of any worker the report is about and are no claim; a sentence about what happened to someone is
never one of them ("Forced labour included beatings at the site" is told in the past of a place). The practices
and the defining verbs are knowledge (``definitions`` in ``knowledge/hedges.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.errors import ConfigError

__all__ = ["defines_practice"]

# an authority before the definition: "Under the ILO's convention, ", "According to international law, "
_AUTHORITY = (r"(?:(?:under|according\s+to|by|in)\s+(?:the\s+)?(?:ILO|International\s+Labou?r\s+Organi[sz]ation|"
              r"international\s+law|the\s+law|(?:the\s+)?[A-Z][\w-]*\s+(?:law|convention|protocol|standards?|definitions?))"
              r"[^,]{0,60},\s+)?")


# (s43) or the authority set off after the practice: "Forced labour, in the sense of the ILO's convention, is any work ..."
_AUTHORITY_AFTER = (r"(?:,\s*(?:in\s+the\s+sense\s+of|within\s+the\s+meaning\s+of|as\s+defined\s+(?:by|in|under)|"
                    r"under|according\s+to)\s+[^,]{3,60},)?")


@lru_cache(maxsize=1)
def _defines() -> re.Pattern[str]:
    data = knowledge.load("hedges.yaml").get("definitions") or {}
    practices = "|".join(str(p) for p in data.get("practices") or [])
    verbs = "|".join(str(v) for v in data.get("defining_verbs") or [])
    try:
        return re.compile(rf"^{_AUTHORITY}(?:{practices}){_AUTHORITY_AFTER}\s+(?:{verbs})\b", re.IGNORECASE)
    except re.error as e:
        raise ConfigError(f"bad pattern under 'definitions' in knowledge/hedges.yaml ({e}); "
                          "fix the regular expression") from e


def defines_practice(text: str) -> bool:
    """Does the sentence define a practice ("Forced labour can include ...") rather than tell of one?"""
    return _defines().match(text.lstrip(" \"'\u201c")) is not None
