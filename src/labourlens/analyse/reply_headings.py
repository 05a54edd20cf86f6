"""A firm's reply printed under a heading that names it, with no letter around it (a pass of
:mod:`labourlens.analyse.reproduced_letters`).

An NGO's open letter, a campaign page or a newsletter often ends with the answer it got: a line "Reply from Orion
Freight, 3 May 2026" (or "Response of the Kestrel Group:") alone, then the firm's statement in quotation marks, with
no "Dear ..." and no signature. The quoted paragraphs are the firm's words (``organization``), not a person's named
"Reply" read off the heading as if it opened a portrait. Only a heading whose body reads as an organisation counts
(a board's "Reply from kite_9" is a post header), and only the paragraphs wholly in quotation under it; a sentence
there that names a speaker of its own keeps it. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.signer_firms import same_firm_source
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["PERSON_TITLE", "REPLY_HEAD", "give_to_firm", "heading_name", "reply_headed_quotes"]

# a signature line that is a title, not a name: "Director of Human Resources", "General Manager", "Head of Legal"
PERSON_TITLE = re.compile(r"\b(?:director|manager|officer|head|chief|secretary|president|chair(?:man|woman|person)?|"
                          r"spokes(?:man|woman|person)|counsel|partner|executive|administrator|coordinator|superintendent|"
                          r"representative|deputy|vice)\b", re.IGNORECASE)

# (s38) a heading over the letter that names the body it is the reply of: "REPLY FROM HARBOUR FOODS LTD, 3 May 2026",
# "Response of the Kestrel Group:", "Reply from Orion Freight" on a line of its own (within a few lines of the salutation)
REPLY_HEAD = re.compile(r"^[ \t]*(?:Reply|Response|Answer)[ \t]+(?:from|of|by)[ \t]+(?:the[ \t]+)?"
                        r"(?P<body>[A-Z][\w'&.-]*(?:[ \t]+(?:[A-Z][\w'&.-]*|of|and|&|for)){0,6})"
                        r"(?:[ \t]*,[ \t]*[^\n,]{3,30})?[ \t]*:?[ \t]*$", re.MULTILINE | re.IGNORECASE)
_JOINERS = frozenset(("of", "and", "for"))
# the same heading as a sentence alone, matched as written ("Reply from Orion Freight, 3 May 2026", "Response of the
# Kestrel Group:"; "Statement by ..." left out: its only sightings were in sets kept as an honest measure)
_HEADING = re.compile(REPLY_HEAD.pattern)


def heading_name(m: re.Match[str]) -> str | None:
    """The body a reply heading (a match of ``REPLY_HEAD``) names, capitals set as a name's ("REPLY FROM HARBOUR
    FOODS LTD" -> "Harbour Foods Ltd"); None for a person's title ("Reply from the Director of Sourcing")."""
    if PERSON_TITLE.search(m.group("body")):
        return None
    body = m.group("body").strip()
    if not body.isupper():
        return body
    return " ".join(w.lower() if w.lower() in _JOINERS else w.capitalize() if len(w) > 3 else w for w in body.split())


def _heading_body(sentence: Sentence) -> str | None:
    """The organisation a reply heading (a sentence alone on its line) names, or None."""
    if "\n" in sentence.text.strip() or sentence.quote is not None:
        return None
    m = _HEADING.match(sentence.text)
    if m is None:
        return None
    body = m.group("body").strip().rstrip(".")
    return body if classify(body) == "organization" else None


def reply_headed_quotes(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the quoted paragraphs under a firm's reply heading to the firm (``result`` changed in place; see the
    module docstring)."""
    for h, head in enumerate(sentences):
        if head.kind not in ("body", "headline") or (h + 1 < len(sentences) and sentences[h + 1].paragraph == head.paragraph):
            continue
        body = _heading_body(head)
        if body is None:
            continue
        block: list[int] = []
        para = head.paragraph + 1
        k = h + 1
        while k < len(sentences) and sentences[k].paragraph == para:
            members = [j for j in range(k, len(sentences)) if sentences[j].paragraph == para]
            if not all(sentences[j].quote is not None and sentences[j].kind == "body" for j in members):
                break
            block.extend(members)
            k = members[-1] + 1
            para += 1
        give_to_firm(body, block, sentences, result, reg, "said")


def give_to_firm(body: str, block: list[int], sentences: Sequence[Sentence], result: list[Any], reg: Registry,
                 cue: str) -> None:
    """Give the sentences ``block`` (indices) that the page or no explicit speaker holds to the firm ``body``: the
    firm already met under that name, or a new ``organization`` source."""
    if not block:
        return
    src = same_firm_source(body, [s for s in reg.sources() if s.kind == "organization"])
    if src is None:
        src = reg.resolve(Mention(body, 0, len(body), cue), sentences[block[0]].start, "")
        src.kind = "organization"
    for j in block:
        if result[j].source == OUTLET_KEY or not result[j].explicit:
            result[j] = replace(result[j], source=src.key, cue=cue, direct=True, explicit=False, span=None)
