"""Lines that name where a reposted or summarised story first ran, in wordings the meta stage's
"Source:" and "Originally published by" cues do not cover:

- "This interview first appeared in the Seoul weekly Tongil Sisa" (a kind of paper, with or without
  its place, between the verb and the name; "interview", "item", "piece", "column" as well as "article");
- "[Summary of a report by Pukbang Sinmun, citing sources ...]", "(Abridged translation of an article in
  the Amur Evening Post)".

Each votes like a source line (the original outlet, per our convention for reposts), so a page that
checks facts under another name still wins (see meta._outlet_from_text)."""

from __future__ import annotations

import re

__all__ = ["votes"]

_WORD = r"[A-Z0-9][\w'\u2019&.-]*"
_NAME = rf"({_WORD}(?:[ \t]+(?:of|for|and|&|de|do|da)?[ \t]*{_WORD}){{0,5}})"
_KIND = (r"(?:weekly|daily|newspaper|paper|magazine|monthly|news[ \t]+(?:site|portal|agency)|site|portal|broadcaster|"
         r"agency|outlet|journal|blog|radio[ \t]+station|station)")
_PIECE = r"(?:article|story|report|interview|item|piece|post|column|op-ed|commentary|feature|dispatch)"
_DESCRIBED = rf"(?:the[ \t]+)?(?:(?:[A-Za-z][\w'\u2019-]*[ \t]+){{0,2}}{_KIND}[ \t]+)?"  # "the Seoul weekly", "the regional daily"
_FIRST_RAN = re.compile(
    rf"\b(?:This|The)[ \t]+{_PIECE}[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?(?:originally|first)[ \t]+"
    rf"(?:published|appeared|ran|aired)[ \t]+(?:by|in|on)[ \t]+{_DESCRIBED}{_NAME}")
_SUMMARY_OF = re.compile(
    rf"[\[(][ \t]*(?:Summary|Abridged[ \t]+(?:translation|version)|Translation|Excerpts?|Extracts?|Digest)[ \t]+of[ \t]+"
    rf"(?:a|an|the)[ \t]+(?:\w+[ \t]+)?{_PIECE}[ \t]+(?:by|in|from)[ \t]+{_DESCRIBED}{_NAME}")
_READ_BY_META = re.compile(r"This[ \t]+(?:article|story)[ \t]+(?:was[ \t]+)?(?:originally|first)[ \t]+(?:published|appeared)"
                           r"[ \t]+(?:by|in|on)[ \t]+(?:The[ \t]+)?[A-Z0-9]")
_TRIGGERS = ("riginally", "first", "ummary", "bridged", "ranslation", "xcerpt", "xtract", "igest")


def _line_start(text: str, i: int) -> bool:
    """Only blanks, or an opening bracket, before ``i`` on its line."""
    before = text[text.rfind("\n", 0, i) + 1 : i]
    return before.strip(" \t") in ("", "[")


def votes(text: str) -> list[tuple[str, float, str, bool]]:
    """``(name, weight, cue, any_name)`` votes for the outlet a reposted story first ran in."""
    if not any(t in text for t in _TRIGGERS):
        return []
    out: list[tuple[str, float, str, bool]] = []
    for pat in (_FIRST_RAN, _SUMMARY_OF):
        for m in pat.finditer(text):
            if pat is _FIRST_RAN and _READ_BY_META.match(m.group(0)) and _line_start(text, m.start()):
                continue  # "This article first appeared in X" at a line's start: meta's own source-line cue reads it
            name = re.split(r"\.[ \t]", m.group(1))[0].rstrip(" .,")  # "Tongil Sisa. Translated by ...": the name ends
            if name.split()[0] in ("The", "A", "An") and len(name.split()) == 1:
                continue
            out.append((name, 3.0, "source_line", True))
    return out
