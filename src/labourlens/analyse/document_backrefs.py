"""Documents named again by a definite phrase ("The sheets list ...", "The document says ...", "The ledgers show ...")
speak as the document first introduced, not as a new one and not as an older document of the wrong number.

"According to documents seen by the paper ... The documents, a set of payroll sheets, show ... The sheets list
deductions ...": the sheets are the documents. "Records reviewed by the outlet ... A supply agreement seen by the
outlet lists ... The document says ...": the singular document is the agreement, the latest singular one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import OUTLET_KEY

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.model import Sentence, Source

__all__ = ["document_backrefs"]

_DEFINITE = re.compile(r"^(?:the|these|this|those|that)\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+)$")
_GENERIC = frozenset("document documents papers file files records copy material materials text".split())
# the head noun of a document phrase: the word before what follows it ("seen by", "from", ", ...")
_HEAD_END = re.compile(r"\s+(?:seen|reviewed|obtained|shared|leaked|provided|sent|given|signed|issued|published|"
                       r"released|from|of|by|for|between|with|in|on|at|that|which|dated|covering|and)\b|[,(;:]")


# the apposition that says what a set of documents is: "The documents, a set of internal payroll sheets, show ..."
_SAME_AS = re.compile(r"^[^,;:]{2,60}?,\s+(?P<what>(?:a|an|the|two|three|several)\s+[^,;:]{3,80}?),\s+[a-z]")

_SET_OF = re.compile(r"^(?:a|an|the|two|three|several)\s+(?:[a-z-]+\s+)?(?:set|bundle|batch|pile|stack|series|number|"
                     r"collection|copies|copy|sheaf|folder|file|handful)\s+of\s+")


_LOWER_LETTERS = re.compile(r"[a-z]+")


def _head(wording: str) -> str:
    first = _HEAD_END.split(wording.strip(), maxsplit=1)[0].strip().lower()
    words = _LOWER_LETTERS.findall(first)
    return words[-1] if words else ""


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") or word in ("data", "papers", "minutes")


def _stem(word: str) -> str:
    return word[:-1] if _plural(word) and word.endswith("s") else word


def document_backrefs(sentences: list[Sentence], result: list[Attribution], sources: list[Source]) -> None:
    """Give a definite document phrase opening a sentence to the earlier document it names again (in place)."""
    kinds = {src.key: src for src in sources}
    seen: list[tuple[str, int]] = []  # (document source key, first sentence index), in order of appearance
    words_of: dict[str, set[str]] = {}  # the nouns an apposition gave each document ("a set of payroll sheets")
    for i, (s, a) in enumerate(zip(sentences, result, strict=True)):
        src = kinds.get(a.source)
        if src is None or src.kind != "document" or a.source == OUTLET_KEY:
            continue
        phrase = s.text[a.span[0]:a.span[1]].strip().lower() if a.explicit and a.span is not None else ""
        m = _DEFINITE.match(phrase) if phrase else None
        earlier = [(k, at) for k, at in seen if k != a.source]
        fits = m is not None and any(k == a.source for k, _ in seen) and _target(
            m.group("head"), [(a.source, i)], kinds, words_of) is not None  # already the document it names
        target = _target(m.group("head"), earlier, kinds, words_of) if m is not None and earlier and not fits else None
        if target is not None:
            for j in range(i, len(sentences)):
                if j > i and (result[j].explicit or sentences[j].paragraph != s.paragraph):
                    break
                if result[j].source == a.source:
                    result[j] = replace(result[j], source=target)
            continue
        if all(k != a.source for k, _ in seen):
            seen.append((a.source, i))
        same = _SAME_AS.match(s.text[a.span[0]:]) if a.explicit and a.span is not None else None
        if same is not None and " and " not in same.group("what"):  # "The documents, a set of payroll sheets, show"
            what = _SET_OF.sub("", same.group("what").lower())  # "a set of payroll sheets" -> "payroll sheets"
            words_of.setdefault(a.source, set()).add(_head(what))


def _target(head: str, earlier: list[tuple[str, int]], kinds: dict[str, Source],
            words_of: dict[str, set[str]]) -> str | None:
    """The earlier document a definite head noun names: the latest one of the same number for a generic noun
    ("the document"), the latest one whose wording or sentences used the noun for a specific one ("the sheets")."""
    for key, _ in reversed(earlier):
        wording = (kinds[key].wording or "").lower()
        if head in _GENERIC:
            own = _head(wording)
            if own and _plural(own) == _plural(head):
                return key
            continue
        if _stem(head) in {_stem(_head(wording))} | {_stem(w) for w in words_of.get(key, ())}:
            return key
    return None
