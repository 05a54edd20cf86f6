"""People a report says it interviewed, counted, then heard as a whole: "The Forum interviewed three former workers
now living in Almaty. All three stated that ...": "All three" (or "Both", "The three", "Each of the three") is the
counted group met in the sentence before, worded as it was introduced ("three former workers"), one source for
all their sentences, not the report's own voice nor a group of its own.

A bare tally of part of them ("We spoke to 60 returnees. Forty-two said ...", "All but five told us ...")
is the interviewer counting answers (:func:`sample_tallies`): the sentence is whoever told of the interviews, the
report's voice or the witness whose turn it is, as most annotators read it (a count with "of the N" or "of them" is
left to the group). Examples are invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.dates import count_word
from labourlens.analyse.speakers import Mention

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["counted_interviewees", "sample_tallies"]

_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_COUNT = rf"(?:{'|'.join(_COUNTS)}|\d{{1,2}})"
_MET = re.compile(
    rf"\b(?:interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|met(?:\s+with)?)\s+(?P<np>(?P<n>{_COUNT})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:workers|labou?rers|men|women|migrants|builders|welders|fishermen|seafarers|cleaners|"
    r"employees|people|survivors|returnees))\b", re.IGNORECASE)
_ALL = re.compile(rf"^(?:all|the|each\s+of\s+the)\s+(?P<n>{_COUNT})\s+(?:of\s+them\s+)?(?:stated|said|described|"
                  r"told|reported|explained|recounted|added|confirmed)\b|^both\s+(?:of\s+them\s+)?(?:stated|said|"
                  r"described|told|reported|explained|recounted|added|confirmed)\b", re.IGNORECASE)


def counted_interviewees(sentences: list[Sentence], result: list[Any], reg: Registry) -> None:
    """Give "All three stated ..." to the three people met just before (see the module doc), in place."""
    done: set[int] = set()
    for i, s in enumerate(sentences):
        if s.kind != "body" or i in done or (m := _ALL.match(s.text)) is None:
            continue
        n = (m.group("n") or "two").lower()
        for j in range(i - 1, max(-1, i - 3), -1):
            if sentences[j].paragraph != s.paragraph:
                break
            met = _MET.search(sentences[j].text)
            if met is None or met.group("n").lower() != n:
                continue
            src = reg.resolve(Mention(met.group("np"), met.start("np"), met.end("np"), "said"), sentences[j].start, "")
            result[i] = replace(result[i], source=src.key, cue="said", explicit=True, span=(0, m.end("n") if m.group("n")
                                                                                            else len("both")))
            for k in range(i + 1, len(sentences)):  # "All three described ...": the same group again
                if sentences[k].paragraph != s.paragraph or _ALL.match(sentences[k].text) is None:
                    break
                result[k] = replace(result[k], source=src.key, cue="said", explicit=True)
                done.add(k)
            break


_NUMBER_WORDS = (*_COUNTS, "one", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                 "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a hundred")
_WORDED = "|".join(sorted(_NUMBER_WORDS, key=lambda w: (-len(w), w)))
_TALLY_N = rf"(?:\d{{1,4}}|(?:{_WORDED})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
# the interviews told of: "interviewed 38 former workers", "we spoke to 120 women", "surveyed more than 200 returnees"
_SAMPLE = re.compile(rf"\b(?:interviewed|surveyed|questioned|spoke\s+(?:to|with)|talked\s+(?:to|with)|met(?:\s+with)?)\s+"
                     rf"(?:(?:more\s+than|over|some|about|nearly|almost)\s+)?{_TALLY_N}\s+(?:[\w-]+\s+){{0,2}}?"
                     r"(?:workers|labou?rers|men|women|migrants|builders|welders|fishermen|seafarers|cleaners|employees|"
                     r"people|survivors|returnees|respondents|interviewees|defectors|pickers|cutters|students|interns|"
                     r"crew\s+members|crewmen|deckhands|fishers|sailors)\b",  # (s43) a crew's men
                     re.IGNORECASE)
# a bare tally of the answers: "Thirty-one said", "All but two said", "112 told us" (not "Two of them said");
# (s43) "Several said", "Most said" right after such a tally ("Eleven said ... Several said ...")
_TALLY = re.compile(rf"^(?:{_TALLY_N}|all\s+but\s+{_TALLY_N}|several|most)\s+(?:also\s+)?(?:said|told|reported|described|stated|"
                    r"complained|recounted|mentioned|explained)\b", re.IGNORECASE)
_BACK = 3  # sentences back, in the same paragraph, to the interviews
# (s42) a tally of part of a sample the sentence itself names ("Of the 90 women who called our line, 70 said ..."),
# given by the witness whose turn it is: the bare tally after it ("Twelve told us ...") is that witness's too
_OF_TALLY = re.compile(rf"^(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}}:\s+)?(?P<of>Of|Among)\s+(?:the|those)\s+"
                       rf"{_TALLY_N}\b[^.;:\"]{{0,120}}?,\s+{_TALLY_N}\s+(?:also\s+)?"
                       r"(?:said|told|reported|described|stated|complained|recounted|mentioned|explained)\b", re.IGNORECASE)


def _own_tally(s: Sentence, att: Any) -> bool:
    """Is ``s`` an "Of the N ..., M said" tally credited to a speaker other than its own counted group?"""
    span = getattr(att, "span", None)
    m = _OF_TALLY.match(s.text)
    return m is not None and not (span and span[0] >= m.start("of"))


def sample_tallies(sentences: list[Sentence], result: list[Any]) -> None:
    """Give a bare tally of answers to whoever told of the interviews just before (see the module doc), in place."""
    given: set[int] = set()  # tallies given to the interviewer (a later tally follows only one of them)
    for i, s in enumerate(sentences):
        if s.kind != "body" or (tally := _TALLY.match(s.text)) is None:
            continue
        if tally.group(0).split()[0].lower() in ("several", "most") and not (i - 1 in given and sentences[i - 1].paragraph == s.paragraph):
            continue  # (s43) "Several said" only right after a counted tally given to the interviewer
        for j in range(i - 1, max(-1, i - 1 - _BACK), -1):
            if sentences[j].paragraph != s.paragraph:
                break
            sample = _SAMPLE.search(sentences[j].text)
            if j in given or sample is not None and not _more_than(s.text, sample.group(0)) or _own_tally(sentences[j], result[j]):
                result[i] = replace(result[i], source=result[j].source)
                given.add(i)
                break


_FIRST_NUMBER = re.compile(r"\b(\d{1,4}|[a-z]+(?:-[a-z]+)?)\b")


def _number(text: str) -> int | None:
    """The first count in ``text`` ("Thirty-one said" -> 31, "interviewed 38 workers" -> 38), or None."""
    return next((n for m in _FIRST_NUMBER.finditer(text.lower()) if (n := count_word(m.group(1))) is not None), None)


def _more_than(tally: str, sample: str) -> bool:
    """Does the tally count more people than the interviews did (no part of them: "interviewed 30 ... 41 said")?"""
    told, met = _number(tally), _number(sample)
    return told is not None and met is not None and told > met
