"""Kinds settled once every source is known, the last pass of :func:`labourlens.analyse.forum_posts.final_sources`.

- Case notes that tell the reader their people are named only by initials ("We give initials, not names, to protect
  the people we met", "Everyone below is identified by initials"): the initials stand in for names the text keeps
  back, so each person they label is an ``anonymous_source``, as a speaker the text will not name is. One person who
  "wished to go by her initials alone", or a court's coded parties with no such notice, stay as read
  (``named_person``).
- A handle run together from a body's name, its last part the kind of body ("OdraLabourDesk", "KivuMinersUnion",
  "@TemaHelpline"): a body's account, an ``organization``, not a person by a username (a handle ending in "Watch" is
  often a person's and stays one); (s42) a firm's handle with a country's code ("AgroLink_UK") whose posts speak as "we".

Examples here and in the tests are invented."""

from __future__ import annotations

import re
from dataclasses import replace

from labourlens.analyse.case_initials import initials_notice
from labourlens.model import Source

__all__ = ["late_kinds"]

# a label of initials only: "R.", "T.M.", "A. K."
_INITIALS = re.compile(r"^(?:[A-Z]\.[ \t]?){1,3}$")
# a body's handle: words run together, the last a kind of body ("OdraLabourDesk")
_BODY_HANDLE = re.compile(r"^@?[A-Z][A-Za-z0-9]*[a-z](?:Helpline|Hotline|Desk|Union|Alliance|Coalition|Foundation|"
                          r"Association|Ministry|Council|Agency|Campaign|Collective|Centre|Center|Network)"
                          r"(?:[_\-]?[A-Z0-9][A-Za-z0-9]*)?$")


# (s42) a firm's handle: a name run together in two capitalised parts and a country's code ("AgroLink_UK",
# "FarmServ_DE"); it is the firm's account when the posts under it speak as "we" and never as "I"
_FIRM_HANDLE = re.compile(r"^@?[A-Z][a-z]+[A-Z][a-z]+[A-Za-z0-9]*_[A-Z]{2}$")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_I = re.compile(r"\b(?:I|[Mm]y|me)\b")


def _firm_account(text: str, label: str) -> bool:
    handle = label.lstrip("@")
    posts = [text[m.end():(end if (end := text.find("\n\n", m.end())) >= 0 else len(text))]
             for m in re.finditer(r"(?m)^[ \t]*@" + re.escape(handle) + r"\b[^\n]*", text)]
    return bool(posts) and any(_WE.search(p) for p in posts) and not any(_I.search(p) for p in posts)


def _kind(src: Source, notice: bool, text: str = "") -> str:
    label = (src.canonical or src.wording or "").strip()
    if notice and _INITIALS.match(label):
        return "anonymous_source"
    if _FIRM_HANDLE.match(label) and _firm_account(text, label):
        return "organization"
    return "organization" if _BODY_HANDLE.match(label) else src.kind


def late_kinds(text: str, sources: list[Source]) -> list[Source]:
    """``sources`` with the kinds of labels by initials under a notice and of bodies' handles settled (see the
    module doc)."""
    notice = initials_notice(text)
    return [replace(s, kind=kind) if s.kind == "named_person" and (kind := _kind(s, notice, text)) != s.kind else s
            for s in sources]
