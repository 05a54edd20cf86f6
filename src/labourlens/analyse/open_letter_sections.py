"""The sections of a page that is an open letter (a pass of :mod:`labourlens.analyse.reproduced_letters`).

A union's or a network's open letter is often published as a page of its own: a title ("OPEN LETTER", "Open letter to
the owners of ..."), a header naming who writes ("From: Delta Fishers' Union, Chittagong"), the letter, and
below it the answers it got, each under a line of its own ("REPLY" over "From: Orion Seafoods Ltd", "Reply from Orion
Seafoods Ltd, 20 May 2026", "REPLY FROM ORION SEAFOODS LTD"). The letter's own sentences ("We met 40 families ...",
"Our members were not paid ...") are its sender's words, and a reply's are the replying firm's, not an outlet's: the
page has no outlet of its own. So each section's sentences that no rule gave to a speaker of their own go to the
section's sender, an ``organization``; a sentence that names its own speaker ("Workers told us ...") keeps it.

The sender is read from the header's value: its first part that reads as an organisation ("Ana Ruiz, General
Secretary, Delta Fishers' Union" -> the union), else its first part when that is a name of three words or more (an
organisation in another language, "Serikat Buruh Pelabuhan, Jakarta"); a person alone is left to the other passes.
A title "Open letter to X from Y" names the letter's sender when no header does and Y reads as an organisation
(not "Open letter: welders from Nepal at the dry dock"). Only a page whose title calls it an
open letter counts: a memo's or an email's "From:" line is its desk or its writer, not a sender whose words are the
page. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from labourlens.analyse.reply_headings import REPLY_HEAD, give_to_firm, heading_name
from labourlens.analyse.speakers import OUTLET_KEY, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["open_letter_sections"]

_TITLE_REACH = 400  # the page's title: within its first lines
_OPEN_LETTER = re.compile(r"\bopen\s+letter\b", re.IGNORECASE)
# "Open letter to Harwick Apparel from the Delta Fishers' Union": the sender the title names
_TITLE_FROM = re.compile(r"\bopen\s+letter\s+to\b[^\n]{0,120}?\bfrom\s+(?:the\s+)?(?P<v>[A-Z][^\n]{2,80})$",
                         re.IGNORECASE | re.MULTILINE)
# "From: Delta Fishers' Union (DFU), Chittagong" on a line of its own
_FROM = re.compile(r"^[ \t]*(?:<[^>\n]+>[ \t]*)*From[ \t]*:[ \t]*(?:<[^>\n]+>[ \t]*)*(?P<v>[^\n<]{3,200})", re.MULTILINE)
_PAREN = re.compile(r"\s*\([^)]*\)")
_MIN_WORDS = 3  # a part of three words or more that reads as no organisation is still taken as one (not a person's)
_FROM_UNDER = 200  # characters after a reply heading within which its own "From:" line names the sender instead


def _sender(value: str) -> str | None:
    """The organisation a header's value names, or None (a person alone, a desk's bare title)."""
    parts = [p.strip(" .;:") for p in _PAREN.sub("", value).split(",")]
    parts = [p for p in parts if p]
    if not parts:
        return None
    for part in parts:
        if classify(part) == "organization":
            return part
    first, words = parts[0], len(parts[0].split())
    if words > _MIN_WORDS or words == _MIN_WORDS and classify(first) != "named_person":
        return first
    return None


def _heads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sender) of each section head of the page, in order."""
    heads: list[tuple[int, int, str]] = []
    for m in _FROM.finditer(text):
        sender = _sender(m.group("v"))
        if sender is not None:
            heads.append((m.start(), m.end(), sender))
    for m in REPLY_HEAD.finditer(text):
        body = heading_name(m)
        if body is not None and not any(m.end() <= h[0] <= m.end() + _FROM_UNDER for h in heads):
            heads.append((m.start(), m.end(), body))  # a reply heading, unless a "From:" line follows it
    if not heads or heads[0][0] > _TITLE_REACH:
        title = _TITLE_FROM.search(text, 0, _TITLE_REACH)
        named = title.group("v").strip(" .") if title is not None else ""
        if title is not None and classify(named) == "organization":
            heads.insert(0, (title.start(), title.end(), named))
    return sorted(heads)


def open_letter_sections(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the page's own sentences of each section of an open letter to its sender (in place; see the module
    docstring)."""
    if _OPEN_LETTER.search(text, 0, _TITLE_REACH) is None:
        return
    heads = _heads(text)
    for n, (_, end, sender) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(text)
        block = [k for k, s in enumerate(sentences) if s.kind == "body" and s.start >= end and s.end <= stop
                 and result[k].source == OUTLET_KEY]
        give_to_firm(sender, block, sentences, result, reg, "wrote")
