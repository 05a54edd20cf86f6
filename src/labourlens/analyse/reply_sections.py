"""Replies set out under a heading of their own in a report's annex (a pass of :mod:`labourlens.analyse.forum_posts`).

A report that wrote to the firms it names often prints their answers in an annex, one section per firm, each under a
heading that names the firm first and then the reply: "B.2 Harbour Textiles Ltd (response of 3 May 2024)", "3. Orion
Freight (letter dated 2 March)". (A heading that puts the reply first, "Response from the ministry", often heads the
report's own account of it, and is left to the other passes.) The sentences under such a heading are the firm's, not the report's,
until the report takes the word back: the next such heading, a heading of its own, or its comment line ("Our
comment: ...", "Editor's note: ...", "<Report> comment: ..."). A reply set out in numbered points is a ``document``,
as a statement in points is; a prose reply speaks as the firm (``organization``). A sentence of the reply that names
a speaker of its own keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["reply_sections"]

_REPLY = r"(?:reply|replies|response|responses|answer|letter|statement|comments|submission)"
# an annex label before the name: "D.1", "B.2.", "3.", "(a)", "A)"
_LABEL = r"(?:(?:[A-Z]|\d{1,2})(?:\.\d{1,2}){0,2}[.)]?[ \t]+|\([a-z0-9]{1,3}\)[ \t]+)?"
_NAME = r"(?P<body>[A-Z][\w'&.,-]*(?:[ \t]+(?:[A-Z][\w'&.,-]*|of|and|&|for|the|de)){0,7})"
# "D.1 Harbour Textiles Ltd (response of 3 May 2024)", "Orion Freight (letter dated 2 March)"
_NAME_THEN_REPLY = re.compile(
    rf"^[ \t]*{_LABEL}{_NAME}[ \t]*(?:\([ \t]*(?:its[ \t]+|their[ \t]+)?(?:written[ \t]+)?{_REPLY}[ \t]+"
    rf"(?:of|dated|received|sent|on)\b[^()\n]{{0,40}}\)|[\u2014\u2013:|-][ \t]*(?:written[ \t]+)?{_REPLY})[ \t]*$",
    re.MULTILINE)
# the report takes the word back: "Our comment:", "Editor's note:", "Harbour Watch comment:", "Comment:"
_COMMENT = re.compile(r"^\W*(?:(?:[A-Z][\w'-]*[ \t]+){0,4}(?:comments?|response|reply|note|notes|observations?|"
                      r"assessment)|Our[ \t]+(?:comments?|response|reply|note|assessment))[ \t]*:", re.IGNORECASE)
_NUMBERED = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+\S")
_NOT_NAME = re.compile(r"^(?:The|Our|Their|Its|A|An|Annex|Appendix|Section|Chapter|Part|Table|Figure|Summary)\b"
                       r"(?![ \t]+[A-Z])")


def _headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, firm) of every reply heading, in order."""
    found = []
    for m in _NAME_THEN_REPLY.finditer(text):
        body = m.group("body").strip(" ,.")
        if len(body) >= 3 and _NOT_NAME.match(body) is None:
            found.append((m.start(), m.end(), body))
    return sorted(found)


def reply_sections(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of each reply section to the firm its heading names (in place; see the module docstring)."""
    if not any(w in text for w in ("reply", "Reply", "response", "Response", "letter", "Letter", "statement")):
        return
    heads = _headings(text)
    for n, (start, end, body) in enumerate(heads):
        limit = heads[n + 1][0] if n + 1 < len(heads) else len(text)
        block: list[int] = []
        for k, s in enumerate(sentences):
            if s.start < end:
                continue
            if s.start >= limit or s.kind == "headline" and block or _COMMENT.match(s.text):
                break
            if s.kind == "body":
                block.append(k)
        if not block:
            continue
        section = text[sentences[block[0]].start:sentences[block[-1]].end]
        kind = "document" if len(_NUMBERED.findall(section)) >= 2 else "organization"
        pos = text.find(body, start, end)
        src = reg.resolve(Mention(body, pos, pos + len(body), "wrote"), pos, "")
        if src.key == OUTLET_KEY:
            continue  # the page's own name: no reply of someone else
        src.kind = kind
        for k in block:
            if result[k].source == OUTLET_KEY or not result[k].explicit:
                result[k] = replace(result[k], source=src.key, cue="wrote", direct=True, explicit=False, span=None)
