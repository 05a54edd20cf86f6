"""Accounts relayed in machine-translated posts (a pass of :mod:`labourlens.analyse.forum_posts`).

A post run through a translation engine keeps the source language's word order and drops the verb's ending: "One in
shop did cooking aunt say: the girls sleep ten in one room", "Driver also say, pay all go to company". The phrase
before the bare "say" is the one who speaks, however odd its words, when it ends on a person ("aunt", "friend",
"driver"); what follows in the same paragraph, with no speaker of its own, is still that person's account, as the post
goes on relaying it ("They every day work 12 hours."). The bare verb is the mark: a report in standard English writes
"says" or "said", which the other passes read.

Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["bare_says"]

# the speaker, up to seven words, then a bare "say" (not "says", "said", "to say", "they say")
_BARE_SAY = re.compile(
    r"^\s*(?P<sp>(?!(?:I|We|You|They|People|Some\s+people|Many\s+people)\b)[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,6}?)"
    r"\s+(?:also\s+|again\s+|then\s+)?say\s*(?:[:,]\s*|\s+(?=[a-z\"\u201c]))")
_PEOPLE_KINDS = ("anonymous_source",)
# a plural subject takes a bare "say" in any English ("Nine men from Osh say ..."): only one person marks the bare verb
_PLURAL_HEAD = frozenset("men women people staff children police crew crews family families folk folks officials "
                         "relatives parents workers friends that to will would can".split())
_NUMBER = re.compile(r"^(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|many|several|some|"
                     r"most|all|both|few)\b)", re.IGNORECASE)


# a clause, a question or a verb that takes a bare infinitive ("Why did the agent say", "I heard a guard say", "Let the
# foreman say"): the bare "say" there is standard English
_NOT_IN_SUBJECT = frozenset("and or who whom that which where whose why what when how let heard hear saw see watched to "
                            "not never would will can could should may might must".split())
_AUXILIARY = frozenset("did does do make made had".split())  # opening a question ("Did the agent say"); not inside
# a translated phrase ("One in plant did cooking aunt")


def _singular(speaker: str) -> bool:
    """Is the phrase before the bare verb one person ("Canteen aunt", "One in mill did cooking aunt")?"""
    words = speaker.split()
    head = words[-1].lower()
    return not _NUMBER.match(speaker) and head not in _PLURAL_HEAD and not (head.endswith("s") and not head.endswith("ss")) \
        and not any(w.lower() in _NOT_IN_SUBJECT for w in words) and words[0].lower() not in _AUXILIARY \
        and classify(head) in _PEOPLE_KINDS  # the phrase ends on the person ("... cooking aunt"), no clause after it


def bare_says(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give "X say: ..." and the rest of its paragraph to X (in place; see the module's note)."""
    if " say" not in text:
        return
    owner: str | None = None
    alias: str | None = None
    paragraph = -1
    for i, s in enumerate(sentences):
        if s.kind != "body":
            owner = None
            continue
        m = _BARE_SAY.match(s.text)
        if m is not None and _singular(m.group("sp")) and classify(m.group("sp")) in _PEOPLE_KINDS:
            back = _met_before(reg, m.group("sp"), s.start)  # "Friend say ..." after "One ... friend say: ...": the same
            if back is not None:
                alias = result[i].source if result[i].source != OUTLET_KEY else None  # the bare word's own source
                result[i] = replace(result[i], source=back, cue="said", direct=False, explicit=True,
                                    span=(m.start("sp"), m.end("sp")))
                owner, paragraph = back, s.paragraph
                continue
            if result[i].source != OUTLET_KEY and result[i].explicit and _already(result[i], reg, m.group("sp")):
                owner, paragraph, alias = result[i].source, s.paragraph, None
                continue
            alias = None
            src = reg.resolve(Mention(m.group("sp"), m.start("sp"), m.end("sp"), "said", False), s.start, "")
            src.kind = src.kind or "anonymous_source"
            result[i] = replace(result[i], source=src.key, cue="said", direct=False, explicit=True,
                                span=(m.start("sp"), m.end("sp")))
            owner, paragraph = src.key, s.paragraph
            continue
        if owner is None or s.paragraph != paragraph:
            owner = None
            continue
        if result[i].source == OUTLET_KEY and not result[i].explicit or result[i].source == alias:
            result[i] = replace(result[i], source=owner, cue="said", direct=False, explicit=False, span=None)


def _already(att: Any, reg: Registry, wording: str) -> bool:
    """Is the sentence already given to a source worded as the bare say's speaker?"""
    src = next((x for x in reg.sources() if x.key == att.source), None)
    return src is not None and (src.wording or "").strip().lower() in wording.strip().lower()


def _met_before(reg: Registry, wording: str, before: int) -> str | None:
    """The key of the latest source met before ``before`` whose wording ends on the one word of a bare "Friend say"."""
    word = wording.strip().lower()
    if " " in word:
        return None
    found = [x for x in reg.sources() if x.spans and min(x.spans)[0] < before and (x.wording or "").strip().lower() != word
             and (x.wording or "").lower().split()[-1:] == [word]]
    return max(found, key=lambda x: min(x.spans)[0]).key if found else None
