"""Who issues a page, from its first lines, as outlet votes for :mod:`labourlens.analyse.meta` (through
:func:`labourlens.analyse.outlet_forms.header_votes`):

- a document's genre in capitals and then its issuer: "STATEMENT" / "of the Embassy of the Republic of Ruritania",
  "OPEN APPEAL" / "of the Tajik Workers' Union of Kazan (\"Birlik\")": the body that issues it;
- a masthead line with a long dash and the place it publishes from, and maybe the day: "Naryn Times — Naryn, 4 May 2025",
  "SAFE PASSAGE HELPLINE — Almaty": the name before the dash.

A headline never has these shapes: a genre word alone on its line, or a name, a long dash and only a place (a
repost's "Asia Briefs - Laos" with a hyphen names the section, and the page may cite its source as the outlet).
Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse import mastheads

__all__ = ["votes"]

_GENRE_LINE = re.compile(r"(?:OPEN\s+)?(?:STATEMENT|APPEAL|LETTER|PRESS\s+RELEASE|DECLARATION|COMMUNIQU[EÉ]|ADDRESS|"
                         r"NOTICE|RESOLUTION)")
# "of the Embassy of the Republic of X in the Y", up to a parenthesis, a comma or the line's end
_ISSUER = re.compile(r"(?:of|by|from)\s+(?:the\s+)?(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for|in|and|the|de|on)\s+){0,2}"
                     r"[A-Z][\w'\u2019.-]*){0,12})\s*(?:\(.*\))?\s*$")
_DASHED = re.compile(r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,4})\s+[\u2014\u2013]\s+"
                     r"(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)"
                     r"(?:,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*$")


def _first_lines(text: str, n: int) -> list[str]:
    lines = []
    for ln in text[:600].splitlines():
        if ln.strip():
            lines.append(ln.strip())
            if len(lines) == n:
                break
    return lines


def votes(text: str) -> list[tuple[str, float, str]]:
    """``(name, weight, cue)`` votes from the page's first lines (see the module doc)."""
    lines = _first_lines(text, 2)
    if not lines:
        return []
    out: list[tuple[str, float, str]] = []
    if len(lines) == 2 and _GENRE_LINE.fullmatch(lines[0]):
        m = _ISSUER.fullmatch(lines[1])
        if m is not None:
            out.append((m.group("name").rstrip(" ."), 4.0, "header"))
    d = _DASHED.fullmatch(lines[0])
    if d is not None and mastheads.is_place(d.group("place")) and not mastheads.is_place(d.group("name").title()):
        out.append((d.group("name"), 3.0, "header"))
    return out
