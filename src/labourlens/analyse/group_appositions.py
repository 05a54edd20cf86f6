"""A named body that the text itself calls a campaigning group: "Harbour Lookout, a migrant rights group", "Tidewater
Watch, an NGO". Its name may hold a word that mastheads use too ("Watch", "Monitor"), but the apposition says what
it is: an organisation, not a newspaper. Media groups stay media ("Norvik Press, a media group").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["apposed_group_kind"]

_NAME = r"[A-Z][\w'&.-]*(?:[ \t]+(?:[A-Z][\w'&.-]*|of|for|and|the))*"
_GROUP_APPOSITION = re.compile(
    rf"^(?:the[ \t]+)?(?P<name>{_NAME}),[ \t]+(?:a|an)[ \t]+(?!(?:media|news|publishing|newspaper|broadcasting)\b)"
    r"(?:[\w'-]+[ \t]+){0,3}?(?:group|NGO|charity|non-?profit|campaign|coalition|advocacy[ \t]+group|"
    r"organi[sz]ation)[ \t]*(?:,|$|(?=[ \t]+(?:based|that|which|in|from|working)\b))")


def apposed_group_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """"organization" for a name read as a masthead's with an apposition that calls it a (rights, campaign,
    advocacy) group, an NGO or a charity; None otherwise (every other name keeps the kind it had)."""
    if ", a" not in text:
        return None  # (speed) every match holds ", a" or ", an"
    m = _GROUP_APPOSITION.match(text.strip())
    return "organization" if m is not None and classify(m.group("name")) == "outlet" else None
