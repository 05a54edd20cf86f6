"""Bracketed credits that name where a summarised or abridged story first ran, which the meta
stage's "Source:" and "Originally published by" cues do not cover, with or without a kind of
paper before the name:

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
_SUMMARY_OF = re.compile(
    rf"[\[(][ \t]*(?:Summary|Abridged[ \t]+(?:translation|version)|Translation|Excerpts?|Extracts?|Digest)[ \t]+of[ \t]+"
    rf"(?:a|an|the)[ \t]+(?:\w+[ \t]+)?{_PIECE}[ \t]+(?:by|in|from)[ \t]+{_DESCRIBED}{_NAME}")
_TRIGGERS = ("ummary", "bridged", "ranslation", "xcerpt", "xtract", "igest")


_SENTENCE_DOT = re.compile(r"\.[ \t]")


def votes(text: str) -> list[tuple[str, float, str, bool]]:
    """``(name, weight, cue, any_name)`` votes for the outlet a reposted story first ran in."""
    if not any(t in text for t in _TRIGGERS):
        return []
    out: list[tuple[str, float, str, bool]] = []
    for pat in (_SUMMARY_OF,):
        for m in pat.finditer(text):
            name = _SENTENCE_DOT.split(m.group(1))[0].rstrip(" .,")  # "Tongil Sisa. Translated by ...": the name ends
            if name.split()[0] in ("The", "A", "An") and len(name.split()) == 1:
                continue
            out.append((name, 3.0, "source_line", True))
    return out
