"""(s48) A party's earlier word cited as the time of an account: "Men from Laos still cut cane on two estates, two
drivers said, years after the province said it had sent every Laotian worker home". The clause from "years after" to
the end dates the account against what was said before; its denial is background, and the sentence asserts what the
account tells. Used by :func:`labourlens.analyse.contrast_clauses.denied_before_turn`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["blank_earlier_claim"]

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|a\s+few|\d{1,2})"
# ", years after the ministry said ...", " more than four years after Kuwait announced ...", " months after Beijing
# insisted ...": an account before it, a party and its verb of saying after it
_EARLIER = re.compile(
    rf"(?:,\s*|\s)(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+|some\s+)?(?:{_COUNT}\s+)?"
    r"(?:years|months|weeks|decades|a\s+year|a\s+decade|a\s+month|long)\s+after\s+"
    r"(?:[\w'\u2019.-]+\s+){1,6}?(?:said|announced|insisted|declared|claimed|told|reported|stated|promised|pledged|"
    r"assured)\b[^;]*$", re.IGNORECASE)


def blank_earlier_claim(text: str) -> str:
    """``text`` with such a clause blanked out (offsets kept); the text itself when it has none or opens with it."""
    if " after " not in text:
        return text
    m = _EARLIER.search(text)
    if m is None or m.start() < 20:
        return text
    return text[:m.start()] + "." + " " * (len(text) - m.start() - 1)
