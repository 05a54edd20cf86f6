"""The bullets of a report's list of findings, in the report's own voice: under a heading "Key findings:" (or
"Findings:", "Main findings", "What we found") of a list that counts out of the sample the report says it interviewed ("The group
interviewed 23 drivers ... Key findings: - 17 of the 23 said ..."), or under the report's own lead-in after it says
it interviewed people ("Our field team interviewed 88 workers. Our briefing found that:"), a bullet that opens with an exact count of the
people the report interviewed ("- 21 said their passports were taken", "- 14 of the 30 said ...", "- Nine told us
...") or with the people it interviewed as a bare plural ("- Workers described 12-hour days") is the report summing
up its interviews, so the page speaks; once such a list tallies the report's own sample, its bullets that open with a
narrower set of the people interviewed ("- Workers in the second camp said") are the page's too (a vague count,
"- Several workers said", is left to the group). Used by
:func:`labourlens.analyse.forum_posts.final_sources` after
:func:`labourlens.analyse.finding_tallies.finding_tallies`, which reads numbered findings; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.finding_tallies import NUM
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["finding_bullets"]

# the heading of the list, on a line of its own: "Key findings:", "Main findings", "Findings:", or the report asking
# itself what its interviews showed: "What we found", "What we learned", "What our researchers heard"
_HEADING = re.compile(r"^\W{0,2}(?:(?:(?:key|main|principal|our)\s+)?findings?|what\s+(?:we|our\s+(?:researchers|team|"
                      r"interviews?|monitors))\s+(?:found|learned|learnt|heard|documented|saw|observed))\s*:?\s*$",
                      re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-\u2022*\u2013\u25aa]|\d{1,2}[.)])\s+")
# a numbered item's number that the sentence splitter leaves on its own ("1." and then "Eight of the 19 said ...")
_NUMBER_ONLY = re.compile(r"^\s*\d{1,2}[.)]\s*$")
# "21 said", "14 of the 30 said", "Nine cooks told us", "Workers described", "Women reported"
_PEOPLE = r"(?:workers|women|men|respondents|interviewees|labou?rers|migrants)"
_VERB = r"(?:said|reported|told\s+(?:us|researchers|the\s+researchers)|described|complained)\b"
_OPENING = re.compile(
    rf"(?:{NUM}(?:\s+of\s+(?:the|them|those|our)(?:\s+{NUM})?)?(?:\s+[a-z][a-z-]+){{0,2}}|{_PEOPLE})\s+{_VERB}",
    re.IGNORECASE)
# in a list already shown to tally the report's own sample, a bullet may also open with the interviewed people narrowed
# by a place, an employer or a trait ("- Cleaners housed in the older block said", "- Men hired through one agency, X,
# told us"): the report still sums up its interviews (a vague share, "- Several workers said", stays the group's)
# people by a plural of their trade ("pickers", "drivers", "deckhands", "tailors", "migrants")
_TRADE_PLURAL = rf"(?:{_PEOPLE}|[a-z][a-z-]*(?:ers|ors|ists|ants|ents|hands))"
_SUBSET_OPENING = re.compile(
    rf"{_TRADE_PLURAL}\s+(?:employed|hired|recruited|housed|living|working|placed|supplied|based|in|at|on|from|with|"
    r"of|who)\b[^.;:\"\u201c]{0,110}?,?\s+"
    rf"{_VERB}", re.IGNORECASE)
# the report's own interviews: "the Observatory interviewed 23 workers", "we spoke to 40 drivers"
_INTERVIEWED = re.compile(rf"\b(?:interviewed|surveyed|spoke\s+(?:to|with))\s+(?:(?:a\s+total\s+of|some|about)\s+)?(?P<n>{NUM})\b",
                          re.IGNORECASE)
# a report's own lead-in to its findings, ending with a colon: "Our briefing, "Title", found that:", "We found:"
_OWN_LEAD_IN = re.compile(
    r"(?:^|[.!?]\s+)\W{0,2}(?:(?:our|this)\s+(?:new\s+|latest\s+|full\s+)?(?:briefing|report|research|study|survey|"
    r"investigation|review|paper|findings|interviews)\b[^:\n]{0,80}?\b|we\s+(?:also\s+)?)"
    r"(?:found|finds?|shows?|showed|documented|documents|revealed|reveals?|identified|identifies|concluded|concludes)"
    r"(?:\s+that)?\s*:\s*$", re.IGNORECASE)
# a count out of the sample: "17 of the 23", "Twelve of the 40 women"
_OUT_OF = re.compile(rf"{NUM}\s+of\s+(?:the|our)\s+(?P<sample>{NUM})\b", re.IGNORECASE)


# a bullet that gives the report's own sample up front: "Of 120 fishermen we helped return between May and December,
# 95 said ..."
_FRONTED_SAMPLE = re.compile(rf"^\W{{0,3}}Of\s+(?:the\s+)?{NUM}\s+[^,]{{0,90}}?\b(?:we|I)\s+(?:have\s+)?(?:assisted|"
                             r"interviewed|helped|surveyed|spoke\s+(?:to|with)|met|supported|rescued|repatriated|"
                             rf"counselled|counseled|sheltered)\b[^,]{{0,90}},\s+{NUM}\s", re.IGNORECASE)


def _item(sentences: Sequence[Sentence], k: int) -> bool:
    """Is sentence ``k`` an item of a list, or the number of one?"""
    return bool(_BULLET.match(sentences[k].text) or _NUMBER_ONLY.match(sentences[k].text)
                or k > 0 and _NUMBER_ONLY.match(sentences[k - 1].text))


def _sampled_list(sentences: Sequence[Sentence], i: int) -> bool:
    """Is sentence ``i`` a bullet of a list that a findings heading opens (bullets only between them), one of whose
    bullets counts out of the sample ("17 of the 23 said"), the report's own sample, or gives that sample up front ("Of
    120 fishermen we helped return, 95 said")?"""
    first = i
    while first > 0 and first > i - 30 and _item(sentences, first - 1):
        first -= 1
    if first == 0:
        return False
    if _OWN_LEAD_IN.search(sentences[first - 1].text) is not None:  # "Our briefing found that:" after "we interviewed 88"
        return any(_INTERVIEWED.search(sentences[k].text) for k in range(max(0, first - 12), first))
    if _HEADING.match(sentences[first - 1].text) is None:
        return False
    last = i
    while last + 1 < len(sentences) and last < i + 30 and _item(sentences, last + 1):
        last += 1
    for j in range(first, last + 1):
        if _FRONTED_SAMPLE.match(sentences[j].text):
            return True  # "Of 120 fishermen we helped return ..., 95 said": the report's own sample
        out_of = _OUT_OF.search(sentences[j].text, 0, 40)
        if out_of is not None:
            sample = out_of.group("sample").lower()
            return any(m.group("n").lower() == sample for k in range(max(0, first - 12), first)
                       for m in _INTERVIEWED.finditer(sentences[k].text))
    return False


def finding_bullets(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give the bullets of a findings list that open with a tally of the people interviewed to the page (in place)."""
    for i, s in enumerate(sentences):
        if result[i].source == OUTLET_KEY:
            continue
        bullet = _BULLET.match(s.text)
        at = bullet.end() if bullet is not None else 0 if i > 0 and _NUMBER_ONLY.match(sentences[i - 1].text) else None
        if at is None or _OPENING.match(s.text, at) is None and _FRONTED_SAMPLE.match(s.text) is None \
                and _SUBSET_OPENING.match(s.text, at) is None or not _sampled_list(sentences, i):
            continue
        # the counted group's words stay marked as the speaker phrase, so they are not read as evidence
        result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False)
