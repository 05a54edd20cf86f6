"""A named body that the text itself calls a campaigning group: "Harbour Lookout, a migrant rights group", "Tidewater
Watch, an NGO". Its name may hold a word that mastheads use too ("Watch", "Monitor"), but the apposition says what
it is: an organisation, not a newspaper. Media groups stay media ("Norvik Press, a media group"). A name the text
calls an armed group or a militia ("The Salween Border Front, an armed group holding ...") is an organisation too, even
when its last word reads as a person's ("Guard"); the nouns are ``armed_group_nouns`` in
``knowledge/speaker_kinds.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["apposed_group_kind"]

_NAME = r"[A-Z][\w'&.-]*(?:[ \t]+(?:[A-Z][\w'&.-]*|of|for|and|the))*"
_GROUP_APPOSITION = re.compile(
    rf"^(?:the[ \t]+)?(?P<name>{_NAME}),[ \t]+(?:a|an)[ \t]+(?!(?:media|news|publishing|newspaper|broadcasting)\b)"
    r"(?:[\w'-]+[ \t]+){0,3}?(?:group|NGO|charity|non-?profit|campaign|coalition|advocacy[ \t]+group|"
    # (s357) or a network, an alliance or a collective of people ("Field Watch, a network of village monitors")
    r"organi[sz]ation|network|alliance|collective|federation|watchdog)[ \t]*(?:,|$|(?=[ \t]+(?:based|that|which|who|in|"
    r"from|working|of)\b))")


@lru_cache(maxsize=1)
def _armed() -> re.Pattern[str]:
    nouns = sorted((str(w) for w in knowledge.load("speaker_kinds.yaml").get("armed_group_nouns") or []), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in nouns) or "(?!)"
    return re.compile(rf"^(?:the[ \t]+)?(?P<name>{_NAME}),[ \t]+(?:a|an)[ \t]+(?:[\w'-]+[ \t]+){{0,2}}?(?:{alt})\b")


def apposed_group_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """"organization" for a name read as a masthead's with an apposition that calls it a (rights, campaign,
    advocacy) group, an NGO or a charity; None otherwise (every other name keeps the kind it had)."""
    if ", a" not in text:
        return None  # (speed) every match holds ", a" or ", an"
    m = _GROUP_APPOSITION.match(text.strip())
    if m is not None and classify(m.group("name")) == "outlet":
        return "organization"
    armed = _armed().match(text.strip())  # "The Salween Border Front, an armed group": the group
    return "organization" if armed is not None and classify(armed.group("name")) in (None, "anonymous_source") else None
