"""Kinds of the people who speak in the record of a legislature's committee hearing, a pass of
:mod:`labourlens.analyse.forum_posts` (after :mod:`labourlens.analyse.hearing_turns`):

- the chair of the committee, speaking under the label "Chair:" (or "Q12 Chair:" in a record that numbers the
  questions), is a member of the legislature: ``official``;
- a witness whom the record's list of witnesses gives a post of the state ("Witnesses: Ana Ruiz, Minister for
  Housing; Tom Lee, Director of Wage Enforcement") speaks in office: ``official`` (a witness from a charity or a
  firm keeps the kind read before);
- in a record of budget estimates, where the committee examines the officers of the state's departments and agencies,
  every titled witness who answers under a label ("Ms Ruiz:") is such an officer: ``official``.

A record is a committee hearing when it names a committee or a hearing's parts ("Members present", "Witnesses",
"Hansard", "Oral evidence") and at least three lines open with a speaker's label. Examples here and in the tests are
invented."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.gated import gated

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["hearing_kinds"]

_HEARING = gated(r"\b(?:Committee|COMMITTEE|Hansard|Oral evidence|Members present|Witnesses|Estimates|ESTIMATES)\b")
_ESTIMATES = re.compile(r"^[ \t]*(?:(?:Senate|Supplementary|Additional|Budget)\s+)*(?:Estimates|ESTIMATES)\b", re.MULTILINE)
# a line that opens with a speaker's label: "Ms Ruiz:", "Senator KHAN:", "Q12 Chair:", "CHAIR:"
_LABEL_LINE = re.compile(r"^[ \t]*(?:Q\s?\d{1,4}\.?[ \t]+)?(?P<label>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})"
                         r"[ \t]*:[ \t]+\S", re.MULTILINE)
_CHAIRS = frozenset(("chair", "chairman", "chairwoman", "chairperson", "deputy chair", "acting chair", "presiding member"))
_TITLED = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z]")
_WITNESSES = re.compile(r"^[ \t]*Witness(?:es)?[ \t]*:[ \t]*(?P<list>[^\n]+)$", re.MULTILINE)
# a post of the state in a witness list (a bare "Secretary" is also a union's or a charity's)
_STATE_POST = re.compile(r"\b(?:Minister|Secretary\s+of\s+State|(?:Permanent|Under|Cabinet)[\s-]+Secretary|"
                         r"Commissioner|Ministry|Department|Agency|Authority|Inspectorate|Inspector|Enforcement|Police|"
                         r"Border|Customs|Immigration|Regulator|Ombudsman|Prosecutions?|Government|Directorate|"
                         r"Undersecretary|Under-Secretary|Prosecutor)\b")  # (s38) a regional prosecutor, an undersecretary


# the items of a witness list: "Ana Ruiz, Minister for Housing; Tom Lee, ..." or "... and Tom Lee, ..."
_ITEM_SEP = re.compile(r";|\band\b(?=\s+[A-Z][a-z]+\s+[A-Z])")
_FORMER = re.compile(r"\b(?:former|ex|retired|previously)\b", re.IGNORECASE)


def _labels(text: str) -> set[str]:
    return {m.group("label").lower() for m in _LABEL_LINE.finditer(text)}


def _state_witnesses(text: str) -> set[str]:
    """The names (lower case) of the witnesses the list gives a post of the state."""
    out: set[str] = set()
    for m in _WITNESSES.finditer(text):
        for item in _ITEM_SEP.split(m.group("list")):
            name, _, post = item.partition(",")
            if post and _STATE_POST.search(post) and name.strip() and not _FORMER.search(post):
                out.add(name.strip().rstrip(".").lower())
    return out


def hearing_kinds(text: str, reg: Registry) -> None:
    """Make the chair, the state's witnesses and the officers at estimates ``official`` (in place; see the module
    doc)."""
    if _HEARING.search(text) is None:
        return
    _bracketed_posts(text, reg)
    labels = _labels(text)
    if len(labels) < 2 or sum(1 for m in _LABEL_LINE.finditer(text)) < 3:
        return
    witnesses = _state_witnesses(text)
    estimates = _ESTIMATES.search(text) is not None
    for src in reg.sources():
        if src.kind not in ("named_person", "anonymous_source"):
            continue
        wording = (src.wording or src.canonical or "").strip()
        low = wording.lower()
        if low in _CHAIRS and low in labels:
            src.kind = "official"
        elif src.kind == "named_person" and (low in witnesses or (src.canonical or "").lower() in witnesses):
            src.kind = "official"
        elif estimates and src.kind == "named_person" and _TITLED.match(wording) and low in labels:
            src.kind = "official"


def _bracketed_posts(text: str, reg: Registry) -> None:
    """(s38) A summary record's speaker whose post of the state stands in brackets after the name, "Ms. ANA RUIZ
    (Deputy Minister for Work Safety, Ministry of Social Affairs) told members ...", speaks in office: ``official``."""
    if "(" not in text:
        return
    for src in reg.sources():
        name = src.canonical or ""
        if src.kind != "named_person" or len(name.split()) < 2:
            continue
        for m in re.finditer(re.escape(name) + r"\s*\((?P<post>[^()\n]{2,150})\)", text, re.IGNORECASE):
            if _STATE_POST.search(m.group("post")) and not _FORMER.search(m.group("post")):
                src.kind = "official"
                break
