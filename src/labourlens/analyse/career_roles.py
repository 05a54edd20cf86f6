"""A named person whom the text introduces by the post they have held for years, not where they speak (an
interview's standfirst: "Ana Ruiz has served nine years as a labour inspector in Salta", "Jon Pryce has worked for
a decade as a prosecutor with the labour ministry", "Ana Ruiz is a labour prosecutor in Cuiabá"): the kind of that
post, for :func:`labourlens.analyse.introduced_roles.introduced_roles`.

Only a post that speaks for the state (``official``) is taken, and only when the body named after it, if any, is
not a firm's ("an auditor at a certification firm" stays a person). Names and places in the examples are invented
(places are real)."""

from __future__ import annotations

import re

from labourlens.analyse import name_search

__all__ = ["career_kind"]

# what follows the name: a career of some length in a post ("has served nine years as a prosecutor", "has worked
# for a decade as a labour inspector"), or the post itself ("is a labour prosecutor", "has been a labour inspector")
_CAREER = re.compile(
    r"\s+(?:(?:has|had)\s+(?:spent|worked|served)\s+(?:for\s+)?(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:years?|decades?)\s+as"
    r"|(?:is|was|has\s+been|had\s+been)(?:\s+(?:for\s+)?(?:[\w-]+\s+){0,2}?(?:years?|decades?))?)"
    r"\s+(?P<role>(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?:\s+(?:at|with|in|for|of)\s+(?P<body>[^,.;:\n]{3,80}))?(?=[,.;:\n]|\s+(?:since|who|and|for)\b|$)")
_FREE = re.compile(r"(?<![\w'\u2019-])")
_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][^,]*$")


def career_kind(text: str, name: str) -> str | None:
    """``official`` when the text introduces the full ``name`` by a state post it holds (see the module's doc),
    the same at every such place; else None."""
    from labourlens.analyse.speaker_roles import role_kind  # noqa: PLC0415 - speaker_roles imports the speakers
    from labourlens.analyse.speakers import classify  # noqa: PLC0415

    if len(name.split()) < 2 or not name_search.followed(text, name, _CAREER, _FREE):
        return None
    kinds = set()
    for i in name_search.starts(text, name):
        if not _FREE.match(text, i):
            continue
        m = _CAREER.match(text, i + len(name))
        if m is None:
            continue
        kind = role_kind(m.group("role"))
        body = _PLACE_TAIL.sub("", (m.group("body") or "").strip())  # "Calidad Total SA in Encarnación": the firm
        if kind == "official" and body and classify(body) in ("organization", "outlet"):
            kind = None  # "an inspector at a certification firm"
        kinds.add(kind)
    return "official" if kinds == {"official"} else None
