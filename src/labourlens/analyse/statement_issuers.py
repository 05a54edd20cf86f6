"""The body that issues a statement, a press release or a reply page itself, as the page's outlet, for
:mod:`labourlens.analyse.meta` when no masthead, dateline or own-voice cue names one. The page says what it is
in its first lines ("PRESS STATEMENT", "For immediate release", "Press service"), and names its issuer there:

- a government body's name on a line of its own ("MINISTRY OF LABOUR AND SOCIAL SECURITY", "Ministry of ...
  of the Republic of Kazakhstan");
- a union's, an NGO's or an advocacy group's name on a line of its own or before a branch or an office
  ("Textile Workers' Solidarity Union, Irbid Branch");
- a name with its initials in brackets opening a line ("GHANA FISHERIES AND DECKHANDS UNION (GFDU) DEMANDS ...");
- a group introduced in the release's first sentence ("Seafarer rights group Harbourline Advocates today
  published ...").

The issuer also replaces a statement heading read as a masthead ("PRESS STATEMENT"); when the page names no
issuer the heading is left as it was read (the speakers of a statement are read against the outlet, and
changing it with no issuer to put in its place moved speakers on a clean set). The words are in mastheads.yaml
(``statement_pages``, ``issuer_heads``, ``issuer_words``). A firm's own statement is left alone (the gold sets'
writers split on it)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import mastheads
from labourlens.analyse.header_issuers import header_issuer
from labourlens.analyse.page_issuers import page_issuer

__all__ = ["issuer", "is_heading"]

_NAME = r"[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u024f-]*"
_SMALL = r"(?:of|for|and|the|on|in|&|de|du|des|OF|FOR|AND|THE|ON|IN)"
_LINE_NAME = re.compile(rf"^{_NAME}(?:[ \t]+(?:{_SMALL}[ \t]+)*{_NAME}){{0,15}}$")
_BRANCH = re.compile(r",[ \t]*(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}(?:Branch|Office|Chapter|Section|Region)$")
_BRACKETED = re.compile(rf"^({_NAME}(?:[ \t]+(?:{_SMALL}[ \t]+)*{_NAME}){{1,8}})[ \t]+\(([A-Z]{{2,6}})\)")
_GROUP = re.compile(rf"\b(?:[a-z'\u2019-]+[ \t]+)?(?:group|organi[sz]ation|network|union|charity|NGO|coalition)[ \t]+"
                    rf"({_NAME}(?:[ \t]+(?:{_SMALL}[ \t]+)?{_NAME}){{0,5}})[ \t]+(?:today|on[ \t]+\w+day|this[ \t]+week)?[ \t]*"
                    r"(?:published|released|issued|said|announced|called|launched)\b")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = knowledge.load("mastheads.yaml") or {}
    return (frozenset(str(w).lower() for w in data.get("statement_pages") or ()),
            frozenset(str(w).lower() for w in data.get("issuer_heads") or ()),
            frozenset(str(w).lower() for w in data.get("issuer_words") or ()))


@lru_cache(maxsize=1)
def _notice_words() -> tuple[frozenset[str], frozenset[str]]:
    data = knowledge.load("mastheads.yaml") or {}
    return (frozenset(str(w).lower() for w in data.get("notice_pages") or ()),
            frozenset(str(w).lower() for w in data.get("notice_issuer_heads") or ()))


_LABEL_SEPARATOR = re.compile(r"[ \t]*(?:[|\u2014\u2013,:]|[ \t]-[ \t])[ \t]*")
# the number of a notice after its kind: "ADVISORY No. 07/2025", "Circular no 12"
_NUMBERED = re.compile(r"[ \t]+no\.?[ \t]*[\d/.-]+$")


def _label(line: str, pages: frozenset[str] | None = None) -> bool:
    """A line that says what the page is ("PRESS STATEMENT", "For immediate release \u2014 Tema, 14 May")."""
    low = _LABEL_SEPARATOR.split(line.lower().strip(" *_#[]()"))[0]
    pages = _words()[0] if pages is None else pages
    return low in pages or _NUMBERED.sub("", low) in pages


def is_heading(name: str) -> bool:
    """Is ``name`` only a heading that says the page is a statement ("PRESS STATEMENT")?"""
    return name.lower().strip() in _words()[0]


def _as_written(name: str, text: str) -> str:
    return mastheads.worded_as_text(name, text) if name.isupper() else name


def _body_name(line: str, notice: bool = False) -> str | None:
    """A government body's, a union's or an NGO's name that is the whole line (a branch aside); on a notice page, a
    mission's too."""
    s = _BRANCH.sub("", line.strip(" \t*_#"))
    if not _LINE_NAME.match(s):
        return None
    words = s.lower().split()
    if (words[0] in _words()[1] or notice and words[0] in _notice_words()[1]) and len(words) >= 3:
        return s
    if 2 <= len(words) <= 7 and words[-1] in _words()[2] and not mastheads.is_place(s):
        return s
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in ("of", "for", "and", "the", "on", "in", "&", "de", "du"))


def issuer(text: str) -> tuple[str | None, str | None]:
    """(issuer, cue) of a statement page (see the module doc), or (None, None)."""
    head = header_issuer(text)  # "STATEMENT BY THE MINISTRY OF ...", "IN THE ... COURT AT ...", a letterhead
    if head[0]:
        return head
    lines = [ln.strip() for ln in text[:1200].splitlines() if ln.strip()][:5]
    if not any(_label(ln) for ln in lines):
        return page_issuer(text)  # a court's own summary, a channel's masthead
    notice = any(_label(ln, _notice_words()[0]) for ln in lines)  # "ADVISORY No. 7": a mission may issue it
    for ln in lines:
        if _label(ln):
            continue
        name = _body_name(ln, notice)
        if name:
            return _as_written(name, text), "issuer of a statement"
        m = _BRACKETED.match(ln)
        if m and _initials(m.group(1)).upper() == m.group(2):
            return _as_written(m.group(1), text), "issuer of a statement"
    m = _GROUP.search(text, 0, min(len(text), 1500))
    if m and (mastheads.outlet_like(m.group(1)) or m.group(1).split()[-1].lower() in _words()[2]):
        return m.group(1), "issuer of a statement"
    return page_issuer(text)  # a state body with its region over a press release
