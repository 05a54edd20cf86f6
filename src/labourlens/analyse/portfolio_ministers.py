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


# "the provincial minister of mines", "the minister for labour": a portfolio in lower case after the title
_MINISTER_OF = re.compile(
    r"\b(?:(?:deputy|vice|junior|provincial|regional|state|federal|national)\s+)?minister\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:mines|mining|labou?r|employment|fisheries|interior|home\s+affairs|justice|finance|health|education|agriculture|"
    r"lands|energy|trade|industry|commerce|transport|defen[cs]e|foreign\s+affairs|gender|social\s+affairs|"
    r"human\s+rights|migration|petroleum|hydrocarbons|public\s+works|water|environment)\b", re.IGNORECASE)


def portfolio_minister(phrase: str) -> re.Match[str] | None:
    """The "<Portfolio> Minister" title in ``phrase`` ("minister of <portfolio>" too), or None."""
    if "inister" not in phrase:
        return None
    return (_PORTFOLIO_MINISTER.search(phrase) if "Minister" in phrase else None) or _MINISTER_OF.search(phrase)
