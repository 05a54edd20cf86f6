"""A person given by a state body's proper name and a state role: "A Manpower Authority official", "an
Immigration Service officer", "two Labour Inspectorate inspectors", "a Civil Aviation Authority spokesman";
and a named head of a state service given by its kind ("Inspectorate head Nikolai Sukhov", "labour inspectorate
chief Oleg Lis", "Customs head Ivan Petrov"), who speaks for it as an ``official``.
The body's name decides: when "the <name>" is a state body (``official``), the person speaks for it
(``official``; off the record they become an ``anonymous_source`` through the rule that reads that). A word
in the name that also ends business names ("Manpower", "Shipping", "Timber") no longer makes the state body a
firm."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["body_official_kind"]

_BODY_ROLE = re.compile(
    r"^(?:a|an|one|two|three|several|some|the|another)\s+(?P<body>(?:(?-i:[A-Z])[\w'\u2019&-]*\s+(?:(?:of|for)\s+)?){1,5}?"
    r"(?:(?-i:[A-Z])[\w'\u2019&-]*))\s+(?:officials?|officers?|inspectors?|spokes(?:man|men|woman|women|person|people))$",
    re.IGNORECASE)
_STATE_HEAD = re.compile(
    r"\b(?:authority|authorities|agency|directorate|commission|service|inspectorate|department|ministry|bureau|"
    r"office|police|administration|customs|council|prosecutor'?s?|inspection\s+(?:team|unit|squad)|carabinieri)$", re.IGNORECASE)


# a state service by its kind (not "agency" or "office", which firms are too), its head's title, then a name
_SERVICE_HEAD = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Za-z])[\w'\u2019-]*\s+){0,2}?(?:inspectorate|ministry|customs|police|prosecutor'?s?(?:\s+office)?|"
    r"(?:immigration|migration|border|tax|labou?r\s+inspection)\s+service|immigration|labou?r\s+inspection)\s+"
    r"(?:head|chief|director|boss|commissioner|chairman|chairwoman|deputy\s+head)\s+"
    r"(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})$", re.IGNORECASE)
# "A staff member of the district human resources and social security bureau", "a member of the federal inspection
# team": one of the body's staff, speaking
# at its work (README: an official of a ministry, agency or service the phrase names is official)
_STAFF_OF = re.compile(r"^(?:a|an|one)\s+(?:staff\s+member|staffer|employee|clerk|worker|member\s+of\s+staff|member)\s+(?:of|at|from|with)\s+"
                       r"(?P<body>the\s+[^,;:]{3,90})$", re.IGNORECASE)


_WHICH_CLAUSE_END = re.compile(r",\s+(?:which|that)\s[^,]*$")


def body_official_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``official`` for a state role of a state body given by its name, for a named head of a state service
    given by its kind, or for a staff member of a state body, else None."""
    if _SERVICE_HEAD.match(text.strip()):
        return "official"
    # "..., which handles wage disputes": a clause on the body does not change who speaks
    staff = _STAFF_OF.match(_WHICH_CLAUSE_END.sub("", text.strip()))
    if staff is not None and _STATE_HEAD.search(staff.group("body")) is not None and classify(staff.group("body")) == "official":
        return "official"
    m = _BODY_ROLE.match(text.strip())
    if m is None:
        return None
    body = m.group("body")
    if _STATE_HEAD.search(body) is None:
        return None
    return "official" if classify(f"the {body}") == "official" else None
