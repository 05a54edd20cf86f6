"""The site's name in an HTML page's ``<title>``: "Headline | Harbour Notes", "Harbour Notes -
Interview", "Headline - Steppe Times". The reader keeps the raw ``<title>`` (``page_title``)
when its article title (the headline) differs from it; the part of the raw title that is
neither the headline nor a section label is the site's name.

It is weaker than anything the text says: the meta stage takes it only when the text names no
outlet, or when the text's name is a shorter form of it ("The Herald" in a page titled
"... - Jiaodong Peninsula Herald")."""

from __future__ import annotations

import re

from labourlens.analyse import mastheads

__all__ = ["site_name"]

_SEPARATORS = re.compile(r"[ \t]+(?:\||-|\u2013|\u2014|\u00b7|::|\u00bb)[ \t]+")
_WORD = re.compile(r"[^\W_]+")
_NUMBERED = re.compile(r"^(?:Part|Page|Episode|Chapter|Section|Vol(?:ume)?|No|Issue|Day)\.?[ \t]+[\dIVX]", re.I)
_SMALL = frozenset({"of", "for", "and", "the", "&", "on", "de", "du", "la", "in", "at", "do", "da", "dos"})


def _words(s: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(s)}


def _name_shaped(part: str) -> bool:
    """One to six words, each capitalised (or a small joining word), no sentence ending or
    colon: "Harbour Notes", "The Continental Ledger", "KoreaWire Digest", "NK Watchers Forum"."""
    words = part.split()
    if not 1 <= len(words) <= 6 or part.endswith((".", "?", "!", ":", ",")) or ":" in part or _NUMBERED.match(part):
        return False
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)


def _headline_like(part: str, headline: str) -> bool:
    """The part repeats the headline or most of its words (a site may shorten the headline)."""
    pw, hw = _words(part), _words(headline)
    if not pw:
        return True
    if not hw:
        return False
    if len(pw) <= 2 and len(hw) >= 3 * len(pw) + 2:
        return False  # "... colleagues tell HITV | HITV": a short name the long headline mentions is no shortened headline
    return len(pw & hw) / len(pw) >= 0.5


def site_name(page_title: str | None, headline: str | None) -> str | None:
    """The site's name in ``page_title``, or None. Only a title in two or three parts is read;
    the site is the first or last part, shaped like a name, that is neither the headline nor a
    section label ("Interview", "News", "World"). A name must be the only such part."""
    if not page_title:
        return None
    parts = [p.strip() for p in _SEPARATORS.split(" ".join(page_title.split())) if p.strip()]
    if not 2 <= len(parts) <= 3:
        return None
    head = headline or ""
    ends = [parts[0], parts[-1]]
    found = [p for p in ends
             if _name_shaped(p) and not mastheads.is_section(p) and not (head and _headline_like(p, head))]
    if len(found) != 1:
        return None
    other = [p for p in parts if p is not found[0]]
    # the other part(s) must be the headline or a section label: "Harbour Notes - Interview",
    # "Headline | Harbour Notes"; a title of two names ("Ferry Times | Port News") tells nothing
    if any(_name_shaped(p) and not mastheads.is_section(p) and not (head and _headline_like(p, head))
           and len(p.split()) <= 3 for p in other):
        return None
    return found[0]
