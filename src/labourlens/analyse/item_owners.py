"""Whose is the reply, letter or statement a page reproduces, when the sentence that brings it in names only the
item ("The Panel reproduces below the relevant passages of the reply received on 22 February"): the text before
names its writer, in a heading or a sentence ("Reply of a Member State to the Panel's letter", "a letter from
the embassy", "the ministry's response"). Used by :mod:`labourlens.analyse.reproduced_texts`.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["item_owner"]

# "Reply of a Member State to the Panel's letter of 14 January", "a response from the Ministry of Labour",
# "Letter by the company dated ...": the owner ends at "to", "dated", "of <date>", a bracket, a comma or the line
_ITEM_OF = re.compile(
    r"\b(?i:reply|response|letter|statement|submission|answer)\s+(?:of|from|by)\s+(?P<owner>(?:the|a|an)\s+[^,;:()\n\"]{2,60}?"
    r"|[A-Z][^,;:()\n\"]{1,60}?)(?=\s+(?:to|dated|received|sent|of\s+\d|on\s+\d|in\s+\w+\s+to)\b|\s*[,;:(\n]|\s*$)")
# "the ministry's reply", "Moscow's response"
_OWNED_ITEM = re.compile(r"(?P<owner>(?:[Tt]he\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)['\u2019]s\s+(?:written\s+)?(?P<item>reply|response|"
                         r"letter|statement|submission|answer)\b")
_BODY_KINDS = ("official", "organization")


def item_owner(before: str, item: str) -> tuple[str, str] | None:
    """(wording, kind) of the body the text ``before`` names as the writer of ``item`` (the last one named), when it
    reads as a state body or a firm; None otherwise."""
    noun = item.split()[-1].lower()
    found: list[tuple[int, str]] = []
    for m in _ITEM_OF.finditer(before):
        if m.group(0).split()[0].lower() == noun:
            found.append((m.start(), m.group("owner").strip()))
    for m in _OWNED_ITEM.finditer(before):
        if m.group("item").lower() == noun:
            found.append((m.start(), m.group("owner").strip()))
    for _, owner in sorted(found, reverse=True):
        kind = classify(owner)
        if kind in _BODY_KINDS:
            return owner, kind
    return None
