"""Sentences that define a practice rather than report it ("Forced labour can include situations in which ...",
"Debt bondage occurs when a worker must work off a loan", "Under ILO standards, wage withholding is defined as ...").
They say nothing of any worker the report is about and are no claim; a sentence about what happened to someone is
never one of them ("Forced labour included beatings at the site" is told in the past of a place)."""

from __future__ import annotations

import re

__all__ = ["defines_practice"]

_PRACTICE = (r"(?:forced|compulsory|bonded|involuntary|prison|child)\s+labou?r|debt\s+bondage|(?:human|labou?r)\s+trafficking|"
             r"trafficking(?:\s+in\s+persons)?|modern\s+slavery|slavery|labou?r\s+exploitation|wage\s+theft|"
             r"(?:the\s+)?withholding\s+of\s+(?:wages|pay|passports|identity\s+documents)|wage\s+withholding|"
             r"passport\s+(?:retention|confiscation)|(?:an?\s+)?indicators?\s+of\s+forced\s+labou?r|exploitation")
_DEFINES = re.compile(
    rf"^(?:(?:under|according\s+to|by|in)\s+(?:the\s+)?(?:ILO|International\s+Labou?r\s+Organi[sz]ation|international\s+law|"
    rf"the\s+law|(?:the\s+)?[A-Z][\w-]*\s+(?:law|convention|protocol|standards?|definitions?))[^,]{{0,60}},\s+)?"
    rf"(?:{_PRACTICE})\s+(?:can\s+include|may\s+include|includes?|can\s+involve|may\s+involve|involves?|"
    rf"is\s+defined\s+as|are\s+defined\s+as|refers?\s+to|occurs?\s+when|means|is\s+when|covers|"
    rf"can\s+take\s+(?:the\s+)?form\s+of|takes\s+many\s+forms|is\s+(?:a|an|one|the)\s+(?:form|indicator|sign|crime|offence|"
    rf"offense|violation)\s+of)\b",
    re.IGNORECASE,
)


def defines_practice(text: str) -> bool:
    """Does the sentence define a practice ("Forced labour can include ...") rather than tell of one?"""
    return _DEFINES.match(text.lstrip(" \"'\u201c")) is not None
