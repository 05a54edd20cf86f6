"""A minister named by portfolio before the title ("Deputy Justice Minister Pavel Orekhov", "the Labour Minister",
"First Deputy Finance Minister"): a state office. A capitalised portfolio word that also ends firms' names
("Justice", "Development") is no company's here: a minister's title belongs to a government."""

from __future__ import annotations

import re

# one or two capitalised portfolio words before "Minister", after an optional rank; never a church's minister
_PORTFOLIO_MINISTER = re.compile(
    r"\b(?:(?:First\s+)?(?:Deputy|Vice|Junior|Acting)\s+)?"
    r"(?!(?:Methodist|Baptist|Presbyterian|Lutheran|Anglican|Church|Parish|Ordained|Former|Ex)\b)"
    r"[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?\s+Minister\b"
)


def portfolio_minister(phrase: str) -> re.Match[str] | None:
    """The "<Portfolio> Minister" title in ``phrase``, or None."""
    return _PORTFOLIO_MINISTER.search(phrase) if "Minister" in phrase else None
