"""Someone a hearing's speaker brings in and then quotes, for :mod:`labourlens.analyse.hearing_turns`.

"Hon. Ruth Njeri: Chair, I hold a letter from a constituent in Kisii. She says her wages stopped in March." The
"She" is the constituent, whose words the member reads, not a person of an earlier turn; so with "The Chair: Members
took evidence in private from a returnee from Muscat. She told Members ...". A
pronoun that opens a saying ("She says", "He told Members") goes to the last person the same turn named with
"a" or "an" and a noun for a person (data: ``turn_person_nouns`` in ``speaker_roles.yaml``), of the pronoun's gender
where the noun has one, with the rest of a quotation that sentence opens. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from labourlens import knowledge
from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["turn_persons"]

_SAYS = re.compile(r"^\W{0,3}(?P<pro>she|he)\s+(?:also\s+|then\s+)?(?:says|said|told|tells|writes|wrote|adds|added|"
                   r"alleges|alleged|claims|claimed|describes|described)\b", re.IGNORECASE)
_FEMALE = frozenset("woman girl mother widow wife daughter housemaid maid".split())
_MALE = frozenset("man boy father husband son".split())
_PLACE = r"(?:\s+(?:in|from|at)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?"


@lru_cache(maxsize=1)
def _person() -> re.Pattern[str]:
    nouns = sorted((str(w).lower() for w in knowledge.load("speaker_roles.yaml").get("turn_person_nouns") or []),
                   key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    # "a constituent in Dammam", "a young woman in Kuwait City", "a returnee from Jeddah" (up to two words before)
    # (s46) not a role after "as" ("a cook who was hired as a cleaner": the cook, not a second person)
    return re.compile(rf"(?<![\w'\u2019])(?<!\bas\s)(?P<who>(?-i:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{alt})\b{_PLACE})",
                      re.IGNORECASE)


def _fits(pro: str, noun: str) -> bool:
    noun = noun.lower().split()[-1]
    return not (noun in _MALE if pro.lower() == "she" else noun in _FEMALE)


def turn_persons(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry, first: int,
                 end: int) -> None:
    """Give "She says ..." in the turn ``sentences[first:end]`` to the person the turn brought in (in place)."""
    found: tuple[int, re.Match[str]] | None = None  # (sentence, the person's phrase) last brought in
    made: dict[tuple[int, int], str] = {}
    for k in range(first, end):
        s = sentences[k]
        says = _SAYS.match(s.text)
        if says is not None and found is not None and _fits(says.group("pro"), found[1].group("noun")):
            j, m = found
            key = made.get((j, m.start()))
            if key is None:
                sj = sentences[j]
                src = reg.resolve(Mention(m.group("who"), m.start("who"), m.end("who"), "said", False), sj.start,
                                  text[max(0, sj.start - 600):sj.start])
                key = made[(j, m.start())] = src.key
            result[k] = replace(result[k], source=key, cue="said", direct=False)
            for q in range(k + 1, end):  # (s37) 'He says in it: "Forty of us slept in one room. The foreman ..."': the
                if s.quote is None or sentences[q].quote != s.quote or result[q].explicit:  # quotation runs on
                    break
                result[q] = replace(result[q], source=key, cue="said", direct=True)
            continue
        if says is None:
            people = list(_person().finditer(s.text))
            if people:
                found = (k, people[-1])
                span = result[k].span if result[k].explicit else None
                if span is not None and span[0] <= people[-1].start() < span[1]:
                    made[(k, people[-1].start())] = result[k].source  # (s46) "A caller from Kisii, a cook hired
                    # in May, told me ...": the person in the speaker's own phrase is that speaker
