"""Named people whose role the text gives where they are introduced, not where they speak, for the last pass of
the attribution (:func:`labourlens.analyse.forum_posts.final_sources`):

- a speaker met by name or a transcript label ("AKENA: We have recorded ...") whom the text introduced
  as someone of a state body ("on the line we have Mr Tom Akena from the Ministry of Labour"): ``official``
  (README, Quality: anyone speaking in a state body's name is official);
- a named manager of a firm given by the short form of its name ("Harlow's operations manager, Nadia Quist")
  where the text also gives that name in full with a company word ("Harlow Storage Services"): ``organization``
  (README: a company's named managers given as such speak for it; a manager of a name that may be a person's
  stays a person);
- a speaker phrase opened by a said-inversion before a colon ("Said Oleg Petrov, a spokesman for the migration
  directorate: '...'"): the person without "Said", of the kind the apposition gives.

Names, firms and places in the examples are invented (places are real)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse.firm_names import _followed_by_company_word
from labourlens.analyse.speakers import classify
from labourlens.model import Source

__all__ = ["introduced_roles"]

_SURNAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,3}(?P<surname>[A-Z][\w'\u2019-]+)$")
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?"
_STATE_BODY = re.compile(r"(?:Ministry|Embassy|Consulate|Department|Directorate|Inspectorate|Commission|Authority|Police|"
                         r"Prosecutor|Bureau|Office)\b")
_FIRM_MANAGER = re.compile(r"^(?P<short>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})['\u2019]s?\s+"
                           r"(?:[a-z][\w-]*\s+){0,3}manager,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})$")
_SAID_FIRST = re.compile(r"^Said\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})$")


def _state_introduction(text: str, surname: str) -> bool:
    """Does the text introduce a full name ending with ``surname`` as someone from a state body ("Mr Tom Akena from
    the Ministry of Labour", "Tom Akena of the Labour Office")?"""
    rx = re.compile(rf"(?<![\w-]){_TITLE}(?:[A-Z][\w'\u2019-]+\s+){{1,2}}(?i:{re.escape(surname)})\s+(?:from|of|at)\s+"
                    rf"(?P<org>(?:the\s+)?[A-Z][^,.;:\n]{{2,60}})")
    found = list(rx.finditer(text))
    return len(found) >= 1 and all(_STATE_BODY.search(m.group("org")) for m in found)


def _inverted_kind(text: str, name: str) -> str:
    """The kind the apposition after "Said <name>," gives ("a spokesman for the migration directorate": official)."""
    m = re.search(rf"\bSaid\s+{re.escape(name)}(?P<appos>,\s+[^:\n\"\u201c]{{3,120}}):", text)
    kind = classify(f"{name}{m.group('appos')}") if m is not None else None
    return kind if kind in ("official", "organization", "named_person") else "named_person"


def introduced_roles(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with people whose role the text gave at their introduction made the kind of that role."""
    out: list[Source] = []
    for src in sources:
        wording = (src.wording or "").strip()
        if src.kind != "named_person" or not wording:
            out.append(src)
            continue
        m = _SAID_FIRST.match(wording)
        if m is not None:
            out.append(replace(src, wording=m.group("name"), canonical=m.group("name"),
                               kind=_inverted_kind(text, m.group("name"))))
            continue
        m = _FIRM_MANAGER.match(wording)
        if m is not None and _followed_by_company_word(text, m.group("short")):
            out.append(replace(src, kind="organization"))
            continue
        m = _SURNAME.match(wording)
        if m is not None and _state_introduction(text, m.group("surname")):
            out.append(replace(src, kind="official"))
            continue
        out.append(src)
    return out
