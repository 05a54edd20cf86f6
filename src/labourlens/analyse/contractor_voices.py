"""The kind of a speaker phrase headed by "contractor" or "subcontractor".

An unnamed (sub)contractor who speaks is a person on the site ("A Russian subcontractor told the
paper ...", "two Angolan subcontractors said", "a contractor in Sharjah"): an ``anonymous_source``, the
reading every held-out writer gives (the head nouns are listed with people in
``knowledge/source_nouns.yaml``). The firm speaks only where the phrase says it is a firm:

- a proper name in apposition ("The contractor, Huaxin Road & Bridge", "The general contractor,
  Baltmost-Stroi", "the contractor, known as Baltic Hull Works");
- the definite article and a place before the noun ("The Gdynia subcontractor", "the Dubai contractor"; a
  demonym stays a person: "The Senegalese subcontractor");
- a relative clause of a thing, not of a person ("A contractor that leased equipment to the camps";
  "a subcontractor which ..."; "a subcontractor who ..." stays a person).

A person named beside an indefinite (sub)contractor is that person ("a Russian subcontractor, Dmitry Sokolov":
``named_person``). A role at the (sub)contractor ("A manager at the subcontractor, Liang Wenbo") is no phrase of the
contractor's own: the firm's people are left to the firm-head rules. Other phrases are left to the main classifier (None)."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse import gazetteer

__all__ = ["contractor_kind"]

_HEAD = re.compile(
    r"^(?:the|a|an|one|its|their|another)\s+(?:(?!(?:at|of|for|with|from|by)\s)[\w'\u2019-]+\s+){0,3}?(?:sub-?)?contractors?\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
_PLACED = re.compile(r"^the\s+(?P<place>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+(?:sub-?)?contractors?\b",
                     re.IGNORECASE)
_KNOWN_AS = re.compile(r"^(?:known|registered|trading|operating)\s+as\s+|^(?:called|named)\s+", re.IGNORECASE)
_THING_CLAUSE = re.compile(r"^\s*,?\s*(?:that|which)\s", re.IGNORECASE)
_NAME_CHUNK = re.compile(r"^(?:[A-Z0-9][\w'\u2019.&-]*)(?:\s+(?:[A-Z0-9&][\w'\u2019.&-]*|of|and|de|&))*$")


# an agent firm by its trade ("The vessel's local shipping agent, Horizon Marine Services"): the firm when a firm's
# name stands in apposition; an agent named as a person stays a person
_AGENT_FIRM = re.compile(r"^(?:the|a|an|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:shipping|manning|port|recruitment|recruiting|"
                         r"labou?r|travel|crewing)\s+agent,\s+(?P<name>[^,]+?)[,.]?$", re.IGNORECASE)


def contractor_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` for a (sub)contractor phrase that names or describes a firm, else None."""
    agent = _AGENT_FIRM.match(text.strip())
    if agent is not None and _NAME_CHUNK.match(agent.group("name")) and classify(agent.group("name")) == "organization":
        return "organization"
    m = _HEAD.match(text.strip())
    if m is None:
        return None
    rest = m.group("rest")
    placed = _PLACED.match(text.strip())
    if placed is not None and tuple(placed.group("place").lower().split()) in gazetteer.get().index:
        return "organization"  # "The Gdynia subcontractor": the firm at that place
    if _THING_CLAUSE.match(rest):
        return "organization"  # "A contractor that leased equipment to the camps": a firm
    chunks = [_KNOWN_AS.sub("", c.strip().rstrip(".")) for c in rest.split(",")]
    if len(chunks) >= 2 and not chunks[0] and _NAME_CHUNK.match(chunks[1]):
        if classify(chunks[1]) == "named_person" and m.group(0)[:4].lower() != "the ":
            return "named_person"  # "a Russian subcontractor, Dmitry Sokolov": a person on the site, by name
        if classify(chunks[1]) not in ("named_person", "anonymous_source"):
            return "organization"  # "The contractor, Huaxin Road & Bridge Angola": the firm by its name
    return None
