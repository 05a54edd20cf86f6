"""A source named again by the head noun of its introduction (used by :mod:`labourlens.analyse.forum_posts`, the
last pass of the attribution).

"Our reporting partner in Jagang Province" comes back as "the partner"; "a contact who runs a guesthouse" as
"the contact". A lone noun such as "partner" names no kind of speaker by itself (a business partner is a
company), so the sentence finders leave "The partner, who met two of the women, said ..." to the writer. Once
the document has introduced exactly one source with that head noun, the sentence is that source's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["head_backrefs", "head_noun", "pseudonym_roles"]

_DEFINITE_SAID = re.compile(
    r"^\s*(?:[A-Z][a-z]+,\s+)?(?P<np>[Tt]he\s+(?P<noun>[a-z][a-z-]{2,}))(?:,\s+(?:who|whose)\s[^,;:\"\u201c\u201d]{2,100},)?"
    r"\s+(?:also\s+|later\s+)?(?P<cue>said|says|told|tells|added|adds|explained|noted|described|recalled)\b")
_CUT = re.compile(r"\s+(?:in|at|from|near|inside|on|of|who|whose|that|with|based)\b|,")


_WORD = re.compile(r"[A-Za-z][\w-]*")


def head_noun(wording: str) -> str:
    """The last word before the first qualifier of a source's wording ("our reporting partner in Ryanggang
    Province" -> "partner"), lower-cased."""
    words = _WORD.findall(_CUT.split(wording, maxsplit=1)[0])
    return words[-1].lower() if words else ""


def head_backrefs(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give "The <noun> said ..." sentences the writer kept to the one earlier unnamed source with that head
    noun (in place; see the module docstring)."""
    for i, s in enumerate(sentences):
        if s.kind != "body" or result[i].source != OUTLET_KEY or result[i].explicit or s.quote is not None:
            continue
        m = _DEFINITE_SAID.match(s.text) if s.text.lstrip()[:4] in ("The ", "the ") or ", the " in s.text[:30] \
            else None
        if m is None:
            continue
        noun = m.group("noun")
        earlier = [src for src in sources if src.kind == "anonymous_source" and src.spans
                   and min(src.spans)[0] < s.start and head_noun(src.wording or "") == noun]
        if len(earlier) != 1:
            continue
        result[i] = replace(result[i], source=earlier[0].key, cue=m.group("cue"), direct=False, explicit=True,
                            span=(m.start("np"), m.end("np")))
    pseudonym_roles(sentences, result, sources)


_VERB = re.compile(r"\s(?:said|says|told|tells|testified|added|recalled|explained|described)\b")
_STOP = re.compile(r"[.;:?!\n\"\u201c\u201d]")
# a speaker named at the very end of the sentence ("..., our volunteer X writes."): only the words after the last comma
# before the name describe the person; the rest is what they report ("Nine cooks rang the helpline")
_CLOSING_VERB = re.compile(r"^\s*(?:writes|wrote|says|said|reports|reported|adds|added)\s*[.!]?\s*$")
_THE_NOUN = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z][a-z-]{2,})$")


def pseudonym_roles(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """ "The welder added ..." after "A 34-year-old welder who gave only her first name, Aigerim, said ...": the
    role a person was introduced by, before the (partial) name the text then speaks of them by, is that person
    (in place). Only when exactly one earlier named person was introduced with that role noun."""
    by_key = {src.key: src for src in sources}
    used: set[str] = set()  # sources some earlier sentence speaks in
    for i, s in enumerate(sentences):
        src = by_key.get(result[i].source)
        before = set(used)
        used.add(result[i].source)
        m = _THE_NOUN.match(src.wording or "") if src is not None and src.kind == "anonymous_source" else None
        if m is None or src is None or not src.spans or src.key in before or not s.start <= min(src.spans)[0] < s.end:
            continue
        if s.text[min(src.spans)[0] - s.start:][:4].lower() != "the ":
            continue  # "A welder said ...": a new person, not one named before by a role
        if any(o is not src and o.key in before and o.kind == "anonymous_source"
               and head_noun(o.wording or "") == m.group("noun") for o in sources):
            continue  # "A welder from Shymkent said ... The welder added": that unnamed welder's
        noun = re.compile(rf"\b{m.group('noun')}\b", re.IGNORECASE)
        earlier = []
        for other in sources:
            if other.kind != "named_person" or not other.spans or min(other.spans)[0] >= s.start:
                continue
            first, last = min(other.spans)
            intro = next((t for t in sentences if t.start <= first < t.end), None)
            if intro is None:
                continue
            after = _STOP.split(_VERB.split(intro.text[last - intro.start:], maxsplit=1)[0], maxsplit=1)[0]
            lead = _STOP.split(intro.text[: first - intro.start])[-1]  # the phrase that names the person
            if _CLOSING_VERB.match(intro.text[last - intro.start:]):
                lead = lead.rsplit(",", 1)[-1]
            if not _VERB.search(lead) and noun.search(lead + " " + after):
                earlier.append(other)  # the role before the name or in apposition after it
        if len(earlier) == 1:
            result[i] = replace(result[i], source=earlier[0].key)
