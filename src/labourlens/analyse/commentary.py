"""Signed commentary: an opinion piece speaks in its author's voice, not an outlet's.

A text headed "COMMENTARY", "OPINION", "Op-ed", "Viewpoint" or "Guest column" (or bylined "Opinion by
...") is its author's argument from the first sentence after the byline: its unattributed sentences
are the author's (``named_person``), while news stories with a reporter's byline keep the outlet's voice.
"""

from __future__ import annotations

import re

__all__ = ["is_commentary"]

_HEADING = re.compile(
    r"^[ \t*_#]*(?:commentary|opinion|op-?ed|op\s+ed|viewpoint|point\s+of\s+view|comment|perspectives?|"
    r"guest\s+(?:column|essay|commentary|opinion)|column|essay|my\s+view)[ \t*_]*(?:[|:\u2014\u2013-].{0,60})?$",
    re.IGNORECASE)
_BYLINE = re.compile(r"(?m)^[ \t*_]*(?:Opinion|Commentary|Op-ed|Comment)[ \t]+by[ \t]+[A-Z]")


def is_commentary(text: str) -> bool:
    """Is ``text`` an opinion piece: a commentary or opinion heading among its first lines, or an
    "Opinion by" byline?"""
    head = text[:1500]
    lines = [ln for ln in (x.strip() for x in head.splitlines()) if ln][:5]
    return any(_HEADING.match(ln) for ln in lines) or _BYLINE.search(head) is not None
