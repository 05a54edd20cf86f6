"""Which country words around an amount say where the money is paid, for the money stage's
resolution of shared currency names (:mod:`labourlens.analyse.money`).

Reports on migrant labour name where the workers come from right beside what they are paid
where they work: "workers from Cameroon and Benin were paid 60,000 CFA francs" in a report
on a site in Equatorial Guinea. A country or town named as the workers' origin ("from X",
"from X and Y", "mostly from X, Y or Z") says nothing about the currency, so such context
words are passed over when the currency is resolved."""

from __future__ import annotations

import re

__all__ = ["origin"]

# "from" + names joined by commas, "and", "or", up to the context word
_ORIGIN = re.compile(
    r"\b[Ff]rom[ \t]+(?:(?:the[ \t]+)?[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)*"
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+))*(?:the[ \t]+)?$"
)


def origin(text: str, start: int) -> bool:
    """Is the context word at ``text[start:]`` named as where people come from?"""
    return _ORIGIN.search(text, max(0, start - 80), start) is not None
