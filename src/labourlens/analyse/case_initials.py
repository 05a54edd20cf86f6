"""Initials that stand in a case file or case notes for a name withheld (used by
:mod:`labourlens.analyse.case_heads`, :mod:`labourlens.analyse.interview_turns`,
:mod:`labourlens.analyse.speaker_margins` and :mod:`labourlens.analyse.late_kinds`).

NGOs' case notes, casebooks and law digests give each person only by initials, often with an age and a home town:
a heading "Case 2: K.L., 40, from Dhaka", "Case 3." with "K., 31, a cleaner" on the line below, a line "T., 29, a
cleaner from Accra", under a note "Names are shortened to initials". Such initials hide a person who is not named, so
what that person told the caseworkers is an ``anonymous_source``'s account, not a named person's. Initials met
elsewhere (a court's parties, a letter's signature, "a caller, whom we call T.,") stay as read. The rules of four
studies of the thirty-seventh session, kept in one place. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["CASE_INITIALS", "INITIALS_LINE", "case_initials", "chosen_initials", "initials_notice", "withheld_initials"]

# the initials and the age of a case's description line: "K., 31, Nepali, bakery", "M. and S., 20 and 22, ..."
# (s39) the person's sex may come before the age, and the age may be approximate: "K., woman, about 31, from ..."
# (s41) up to three initials, as names with two family names give ("R.T.M., 40, ...")
INITIALS_LINE = re.compile(r"^\W{0,2}(?P<name>[A-Z]\.(?:\s?[A-Z]\.){0,2}(?:\s+and\s+[A-Z]\.(?:\s?[A-Z]\.){0,2})?)\s*,\s*"
                           r"(?:(?:woman|man|female|male|girl|boy|[FM])\s*,\s*)?(?:aged\s+|about\s+|around\s+)?\d{1,2}\b")
# the same after the case's number on the heading's line: "Case 3: K., 31, Nepali, bakery"
# (s48) or after the case's letter: "Case B. K.L., 31, from Pune" (cases lettered, not numbered)
CASE_INITIALS = re.compile(r"(?m)^\W{0,2}(?:CASE|Case)\s+(?:[Nn]o\.?\s*)?(?:\d{1,3}(?:[-/.]\d{1,4})?|[A-Z](?=\.))\s*[\u2014\u2013:.-]\s*"
                           + INITIALS_LINE.pattern.removeprefix("^\\W{0,2}"))
# a heading's initials with or without an age: "Case 4: M., 38", "Case 1. A.B. and C.D., 21 and 22", "## Case 12 -
# R.T. (file closed)", "File 3: P."
_CASE_HEAD = re.compile(r"^[ \t#*]*(?:Case|CASE|File|FILE)[ \t]+(?:No\.?[ \t]*)?(?:\d{1,3}|[A-Z](?=\.))[ \t]*[.:)\u2013\u2014-][ \t]*"
                        r"(?P<a>(?:[A-Z]\.[ \t]?){1,3})(?:[ \t]+and[ \t]+(?P<b>(?:[A-Z]\.[ \t]?){1,3}))?(?=[,\s(]|$)",
                        re.MULTILINE)
_SPACE = re.compile(r"\s+")

_PEOPLE = (r"(?:names|workers|people|persons|women|men|children|migrants|interviewees|survivors|clients|everyone|witnesses"
           r"|all[ \t]+of[ \t]+them|those[ \t]+(?:we[ \t]+met|interviewed|quoted))"
           # (s46) perhaps with a short relative clause: "Witnesses who spoke in private are identified by initials"
           r"(?:[ \t]+who[ \t]+[^.\n]{1,40}?)?")
# the notice: names replaced by initials, initials used instead of names, a group identified by initials
_NOTICE = re.compile(
    rf"\b{_PEOPLE}[ \t]+(?:are|have[ \t]+been|were|is)[ \t]+(?:\w+[ \t]+)?(?:reduced|replaced|shortened|changed"
    rf"|identified|given|referred[ \t]+to)[ \t]+(?:\w+[ \t]+){{0,3}}?(?:by|to|with|as)[ \t]+(?:their[ \t]+)?initials\b"
    r"|\b(?:use|give|using|giving)[ \t]+(?:only[ \t]+)?initials[ \t]+(?:instead[ \t]+of|in[ \t]+place[ \t]+of"
    r"|rather[ \t]+than|not)[ \t]+(?:their[ \t]+|full[ \t]+)?names\b"
    r"|\binitials[ \t]+(?:and[ \t]+(?:some[ \t]+)?(?:other[ \t]+)?details[ \t]+)?(?:have[ \t]+been|are)[ \t]+changed\b",
    re.I)
# the looser note a case file opens with: "Every name is cut to initials", "identified by initials only", "we use
# initials", "initials have been used" (read for one initial only: see withheld_initials)
_LOOSE_NOTICE = re.compile(
    r"\b(?:names?|identit(?:y|ies)|women|men|workers|clients|callers|people)\b[^.\n]{0,60}?\b(?:to|by|with|as)\s+"
    r"(?:their\s+|her\s+|his\s+)?initials\b|\binitials\s+(?:only|are\s+used|have\s+been\s+used|instead)\b"
    r"|\b(?:we|I)\s+use\s+(?:only\s+)?initials\b", re.IGNORECASE)
# (s39) initials the people chose, or that stand at their own request ("initials chosen by each woman herself",
# "initials of their own choosing", "cut to initials at the workers' request"): a name each gave themselves, as a pseudonym
# is, so the person is a named one (:func:`chosen_initials`); initials the page imposed, even with consent, hide a name
_CHOSEN = re.compile(r"\binitials[ \t]+(?:(?:that[ \t]+|which[ \t]+)?(?:they|the[ \t]+\w+)[ \t]+chose|chosen[ \t]+by"
                     r"|(?:of|at)[ \t]+(?:their|her|his)[ \t]+(?:own[ \t]+)?(?:choosing|choice|request)"
                     r"|at[ \t]+the[ \t]+(?:\w+[\u2019']?s?[\u2019']?[ \t]+)?(?:own[ \t]+)?request)\b", re.IGNORECASE)
_ONE_INITIAL = re.compile(r"[A-Z]\.")
_AGE_AFTER = re.compile(r"[\"\u201d]?,\s+(?:aged\s+)?\d{1,2}\b")


def chosen_initials(text: str) -> bool:
    """Does the page say its people's initials are of their own choosing or stand at their request?"""
    return "nitials" in text and _CHOSEN.search(text) is not None


def case_initials(text: str) -> frozenset[str]:
    """The initials (as written, and with spaces removed: "K.L.") that head the case notes of ``text``; for "M. and
    S." both together and each (none where the people chose them: :func:`chosen_initials`)."""
    if "ase" not in text and "ile" not in text and "ASE" not in text and "ILE" not in text or chosen_initials(text):
        return frozenset()
    found: set[str] = set()
    for m in _CASE_HEAD.finditer(text):
        found.update(_SPACE.sub("", g) for g in (m.group("a"), m.group("b")) if g)
    for m in CASE_INITIALS.finditer(text):
        found |= {m.group("name")} | {p.strip() for p in m.group("name").split(" and ")}
    return frozenset(found)


def initials_notice(text: str) -> bool:
    """Does the page tell the reader that its people are named only by initials?"""
    return "nitials" in text and _NOTICE.search(text) is not None and not chosen_initials(text)


def withheld_initials(text: str, wording: str) -> bool:
    """Does the one initial ``wording`` ("T.") hide a name in a case file: the page says it shortens names to initials,
    or it describes the initial by an age ("T., 41, Ghana", "T., aged 29,")? Two initials ("N.A.", "J. K.") read as a
    person's shortened name; so does an initial that labels the answers of an interview ("T.: ...")."""
    init = wording.strip()
    if _ONE_INITIAL.fullmatch(init) is None:
        return False
    if "nitials" in text and _LOOSE_NOTICE.search(text) is not None:
        return True
    if f"\n{init}:" in text:  # (s39) "K.: ..." turns of an interview: she answers under it, as a pseudonym
        return False
    at = text.find(init)
    while at >= 0:
        if _AGE_AFTER.match(text, at + len(init)):
            return True
        at = text.find(init, at + 1)
    return False
