"""(s36) The bullets of a list that a lead-in names as answers of one group: "Among the drivers interviewed:" or "Of the
cleaners surveyed:", then "- 50 said an agent charged them a fee;", "- 31 said ...". Each bullet counts part of the
same group the lead-in named (not a group the page counts only after the list: "Fifteen said they were paid in
full"), so every bullet that opens with a bare count and a verb of saying is that group's, one
source worded as the lead-in words it ("the drivers interviewed"), not a new group of "50" and another of "31". The
lead-in may name the group by where it is from ("Among the Nepali drivers interviewed:") and a bullet may name the
part it counts ("- 9 women said"). A lead-in in the first person ("Of the 40 workers we interviewed:") is the page's
own tally where the rules for the page's findings (:mod:`labourlens.analyse.finding_bullets`, run later) read the list
as one; where they do not, its counted bullets are still the interviewed group's, not each count's. A bullet that names
someone else ("- The agency said ...") keeps its speaker. (s40) A lead-in that names a survey of a counted sample and
what it found ("A 2024 poll of 340 returned seafarers, run by a partner union, found that:", then "- 58 per cent said
...") gives its bullets to the survey: a ``document`` worded by the survey and its sample, the bullets its
findings, not a group of "58 per cent". A pass of :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.finding_tallies import NUM
from labourlens.analyse.speakers import Mention

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["group_bullets"]

# "Among the returnees interviewed:", "Of the 80 cleaners surveyed:", "Among those questioned:"
_LEAD_IN = re.compile(
    r"^\W{0,2}(?:Among|Of)\s+(?P<np>(?:the|those)\s+(?:\d{1,4}\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:(?:we|I)\s+(?:have\s+)?)?(?:interviewed|surveyed|questioned|polled|consulted|assisted))"
    r"(?:\s+(?:in|during|over|since)\s+(?:the|this|that|our)\s+[a-z]+)?\s*:\s*$")
_CAPS = re.compile(r"(?<=\w )[A-Z][a-z]+\b")  # a capitalised word telling one group from another ("Nepali")
_BULLET = re.compile(r"^\s*[-\u2022*\u2013\u25aa]\s+")
# "41 said", "Nine told the clinic", "12 reported"
_COUNTED = re.compile(rf"(?:{NUM})\s+(?:(?:women|men|girls|boys|children|minors|of\s+them)\s+)?(?:also\s+)?"
                      r"(?:said|told|reported|described|complained|stated)\b", re.IGNORECASE)


# (s40) "A 2024 poll of 340 returned seafarers, run by ..., found that:": a survey of a counted sample and its findings
_SURVEY_LEAD = re.compile(
    r"^\W{0,2}(?P<np>(?:An?|The|One)\s+(?:\d{4}\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:survey|poll|questionnaire)\s+of\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?\d[\d,]*\s+[^,:;()\n]{2,60}?)"
    r"(?=,|\s+(?:found|finds|shows|showed|conducted|carried|run|done)\b)[^:\n]{0,200}?\b(?:found|finds|shows|showed)"
    r"(?:\s+that)?\s*:\s*$")
# "- 61 per cent said ...", "- 9% reported ...", "- 40 percent of respondents told ..."
_SHARE = re.compile(r"(?:about\s+|nearly\s+|almost\s+|over\s+)?\d{1,3}(?:\.\d)?\s*(?:%|per\s*cent|percent)"
                    r"(?:\s+of\s+(?:them|respondents|those\s+(?:surveyed|asked)))?\s+(?:also\s+)?"
                    r"(?:said|told|reported|described|stated)\b", re.IGNORECASE)


def group_bullets(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the counted bullets under a group's lead-in to that group (see the module doc), in place."""
    for i, s in enumerate(sentences):
        survey = _SURVEY_LEAD.match(s.text)
        if survey is not None:
            _survey_bullets(sentences, result, reg, i, survey)
            continue
        lead = _LEAD_IN.match(s.text)
        if lead is None or i + 2 >= len(sentences):
            continue
        items = _bullets_after(sentences, i, _COUNTED)
        if len(items) < 2:
            continue  # a list of one is no tally of a group
        np = lead.group("np")
        mention = Mention(np, lead.start("np"), lead.end("np"), "said")
        before = {x.key: list(x.spans) for x in reg.sources()}
        src = reg.resolve(mention, s.start, "")
        if before.get(src.key) and min(before[src.key])[0] > s.start + lead.end("np"):  # (s37) a group met only after
            src.spans[:] = before[src.key]  # the list ("Fifteen said they were paid in full") is another group
            src = reg._new(mention, np, "anonymous_source", None, s.start)
        elif _CAPS.findall(np) and _CAPS.findall(np) != _CAPS.findall(src.wording or ""):
            # "the Nepali drivers interviewed" is not "the Indian drivers" met elsewhere: a group of its own
            src = reg._new(mention, np, "anonymous_source", None, s.start)
        if src.kind == "anonymous_source" and not any(r.source == src.key for r in result[:i]):
            src.wording = np  # (s379) the group met earlier only as the ones interviewed speaks first here, in these words
        for k in items:
            result[k] = replace(result[k], source=src.key, cue="said", explicit=True)


def _survey_bullets(sentences: Sequence[Sentence], result: list[Any], reg: Registry, i: int, lead: re.Match[str]) -> None:
    """(s40) Give the bullets under a survey's lead-in that open with a share of its sample to the survey (in place)."""
    items = _bullets_after(sentences, i, _SHARE)
    if len(items) < 2:
        return  # a list of one is no survey's tally
    np = lead.group("np")
    src = reg._new(Mention(np, lead.start("np"), lead.end("np"), "found"), np, "document", None, sentences[i].start)
    for k in items:
        result[k] = replace(result[k], source=src.key, cue="found", explicit=True)


def _bullets_after(sentences: Sequence[Sentence], i: int, opening: re.Pattern[str]) -> list[int]:
    """The bullets of the list under sentence ``i`` (up to 29) whose text after the bullet mark opens with ``opening``."""
    items = []
    for k in range(i + 1, min(len(sentences), i + 30)):
        bullet = _BULLET.match(sentences[k].text)
        if bullet is None:
            break
        if opening.match(sentences[k].text, bullet.end()) is not None:
            items.append(k)
    return items
