"""A plain sentence about the speaker, set between two reports of one person inside one paragraph: "Once at the
camp, Ortega said, his papers were taken. He was given a bunk and a quota of forty crates a day. Those who fell short
were docked a day's pay, he said." The middle sentence, whose subject is the speaker ("He", "She", agreeing with
the speaker), carries on that person's account: the page does not slip its own narration between two halves of one
story told in one paragraph. Only one person (a named person or an unnamed single source), only for at most two
sentences, and only when both reports around them are that person's. Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["relative_runs", "sandwiched_accounts", "FEMALE_KIN", "MALE_KIN"]

_MAX_RUN = 2
# the sentence's subject is the speaker: "He was handed ...", "She worked ..."
_HE_SHE = re.compile(r"^\s*(?P<p>He|She)\s+[a-z]")
_MALE = re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)


def _pronoun_of(s: Sentence, a: Any, src: Source) -> str:
    """ "He" or "She" when the report ``s`` of ``src`` speaks of its speaker with that pronoun ("..., he said"), else ""."""
    span = a.span
    tag = s.text[span[0]:span[1] + 12] if span is not None else ""
    if _MALE.search(tag) or (src.wording or "").split(",")[0].strip().lower() == "he":
        return "He"
    if _FEMALE.search(tag) or (src.wording or "").split(",")[0].strip().lower() == "she":
        return "She"
    return ""


def sandwiched_accounts(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give the plain "He ..."/"She ..." sentences between two reports of one person in one paragraph to that person
    (in place)."""
    by_key = {s.key: s for s in sources}
    n = len(sentences)
    for i in range(n):
        s, a = sentences[i], result[i]
        src = by_key.get(a.source)
        if s.kind != "body" or not a.explicit or src is None or src.kind not in ("named_person", "anonymous_source"):
            continue
        j = i + 1
        kin = _relative_in(s.text)
        while j < n and j - i - 1 <= _MAX_RUN and sentences[j].paragraph == s.paragraph and result[j].source == OUTLET_KEY \
                and not result[j].explicit and sentences[j].kind == "body" and (
                    _HE_SHE.match(sentences[j].text) or kin is not None and _opens_with(sentences[j].text, kin)):
            j += 1
        run = j - i - 1
        if not 0 < run <= _MAX_RUN or j >= n or sentences[j].paragraph != s.paragraph or result[j].source != a.source \
                or not result[j].explicit:
            continue
        # (s357) or the relative the report is about, in the sentences between: the same person's account
        about_kin = kin is not None and all(_opens_with(sentences[k].text, kin) for k in range(i + 1, j))
        pronoun = _pronoun_of(sentences[j], result[j], src) or _pronoun_of(s, a, src)
        if not about_kin and (not pronoun or any((m := _HE_SHE.match(sentences[k].text)) is None or m["p"] != pronoun
                                                 for k in range(i + 1, j))):
            continue
        for k in range(i + 1, j):
            result[k] = replace(result[k], source=a.source, cue=a.cue)


# (s357) the relative a report is about: "Ana Lee writes that her brother Tomas, 40, works ...", "says his sister ..."
_KIN_WORDS = (r"(?:brother|sister|son|daughter|husband|wife|father|mother|cousin|uncle|aunt|nephew|niece|"
              r"grandson|granddaughter|grandfather|grandmother)")
_RELATIVE = re.compile(rf"\b(?:writes?|wrote|says?|said|told\s+\w+|tells\s+\w+)\s+(?:that\s+)?(?P<pos>his|her|their)\s+"
                       rf"(?P<kin>{_KIN_WORDS})(?:,?\s+(?P<name>[A-Z][a-z'\u2019-]{{2,}}))?\b")


def _relative_in(text: str) -> tuple[str, str, str | None] | None:
    """(possessive, kin word, given name) of the relative a report is about, if it is about one."""
    m = _RELATIVE.search(text)
    return (m["pos"], m["kin"], m["name"]) if m else None


def _opens_with(text: str, kin: tuple[str, str, str | None]) -> bool:
    """Does the plain sentence open with that relative: "Her brother ...", "Tomas's passport ...", "Tomas works ..."?"""
    pos, word, name = kin
    head = text.lstrip(" \"\u201c")
    if head.lower().startswith(f"{pos.lower()} {word.lower()}"):
        return True
    return name is not None and head.startswith(name) and not head[len(name):len(name) + 1].isalnum()


MALE_KIN = frozenset("brother son husband father uncle nephew grandson grandfather".split())
FEMALE_KIN = frozenset("sister daughter wife mother aunt niece granddaughter grandmother".split())


def relative_runs(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """(s357) Give the plain sentences that end a paragraph after a person's report about their relative, and tell of
    that relative ("Ana Lee writes that her father, 58, went to a mill. He works nights despite a weak heart."), to
    the person who reported (in place): the page goes on with the relative's case as that person gave it."""
    by_key = {s.key: s for s in sources}
    n = len(sentences)
    for i in range(n):
        s, a = sentences[i], result[i]
        src = by_key.get(a.source)
        if s.kind != "body" or not a.explicit or src is None or src.kind not in ("named_person", "anonymous_source") \
                or (kin := _relative_in(s.text)) is None:
            continue
        pronoun = "He" if kin[1].lower() in MALE_KIN else "She" if kin[1].lower() in FEMALE_KIN else ""
        j = i + 1
        while j < n and j - i - 1 < _MAX_RUN and sentences[j].paragraph == s.paragraph and result[j].source == OUTLET_KEY \
                and not result[j].explicit and sentences[j].kind == "body" and (
                    _opens_with(sentences[j].text, kin) or pronoun and (m := _HE_SHE.match(sentences[j].text)) is not None
                    and m["p"] == pronoun):
            j += 1
        if j == i + 1 or j < n and sentences[j].paragraph == s.paragraph:
            continue  # (only a run that ends the paragraph: one in the middle is the sandwich's, or the page's own)
        for k in range(i + 1, j):
            result[k] = replace(result[k], source=a.source, cue=a.cue)
