"""Tallies in the numbered points of a report's findings section (extractor ``numbered_findings.v1``).

A briefing or report that sums up its interviews under a heading of findings ("3. Key findings", "Summary
of findings") and numbers its points by section ("2.1", "2.2") counts its own sample: once the section says the page
itself interviewed a counted group ("We interviewed 60 drivers", "the group interviewed 75 porters"), a point
that opens with an exact count of them ("2.1 Of the 60 drivers, 48 said ...", "2.2 Thirty reported ...") is the
report's finding, in the page's voice. The sample may also be told before the heading, in the page's first person
("our team interviewed ..." in a summary that opens the page), or the page may launch its own report on a counted
sample there ("Harbour Watch today publishes a study drawing on testimony from 40 porters"). Points may be numbered
plainly ("1.", "2."), and the splitter may leave the number as a sentence of its own: under a launched report each
such point counts; otherwise it takes two such points or more to make a list of findings. An exact count may be
followed by who they all were ("Six drivers, all from Gao, said"). A later sentence of the same point ("Four said
...") and a vague count ("Several drivers said") are left to the group, as in
:mod:`labourlens.analyse.finding_tallies`, which reads points labelled "Finding 2.1"; so is a point of a cited study
("The study, based on interviews with ..."). The section ends at the next heading. Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.finding_tallies import NUM
from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["EXTRACTOR", "numbered_findings"]

EXTRACTOR = "numbered_findings.v1"

# the heading of the section, with or without its own number: "2. Summary of findings", "Key findings", "Findings"
_HEADING = re.compile(r"^\W{0,2}(?:\d{1,2}\.?\s+)?(?:(?:a\s+)?summary\s+of\s+(?:the\s+|our\s+)?findings|(?:key|main|"
                      r"principal|our)\s+findings|findings)\s*:?\s*$", re.IGNORECASE)
# a section's number left on its own by the sentence splitter ("4." before the next heading)
_SECTION_NUMBER = re.compile(r"^\W{0,2}\d{1,2}\.?\s*$")
# the number of a point of the section at the start of a sentence: "2.1 ", "2.4. ", "(2.3) "
_POINT = re.compile(r"^\W{0,2}\(?\d{1,2}\.\d{1,2}\.?\)?\s+")
# "Of the 60 drivers, 48 said", "Thirty reported", "Four of them described", "Eleven cooks told us"
_TALLY = re.compile(
    rf"\W{{0,2}}(?:of\s+(?:the|our|all)\s+(?:{NUM}\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?"
    # (the sample narrowed by a relative clause: "Of the callers who spoke to us about their pay, 80 said")
    r"(?:\s+(?:who|whom|that)\s+[^,.;:]{3,60})?,\s+)?"
    rf"{NUM}"
    rf"(?:\s+of\s+(?:the|our|them|those)(?:\s+{NUM})?)?(?:\s+[a-z][a-z-]+){{0,2}}"
    # who they all were, set off by commas: "Six drivers, all from Gao, said"
    r"(?:,\s+(?:all|both|most|each)\s+(?:of\s+them\s+)?[\w-]+(?:\s+[\w-]+){0,2},)?\s+"
    r"(?:said|reported|told\s+(?:us|researchers|the\s+researchers|our\s+researchers)|described|complained)\b",
    re.IGNORECASE)
# the page's own sample, told in the section before its points: "We interviewed 60 drivers", "the network surveyed
# 75 porters" (not a cited report's: "The study, based on interviews with ...")
# (or a helpline or advice service counting the contacts it took: "The hotline received 2,040 calls from 900 workers",
# "our advisers handled 310 cases")
_CONTACTS = re.compile(r"\b(?:received|took|answered|handled|logged)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|"
                       r"nearly\s+)?\d[\d,]*\s+(?:calls|messages|contacts|enquiries|inquiries|cases|complaints)\b")
_SAMPLE = gated(r"\b(?:(?:interviewed|surveyed|questioned|spoke\s+(?:to|with))\s+(?:more\s+than\s+|over\s+|some\s+|"
                r"about\s+|nearly\s+)?\d[\d,]*\s+[A-Za-z])|" + _CONTACTS.pattern)
# the page launching its own report on a counted sample before the findings: "Harbour Watch today publishes a study,
# drawing on testimony from 40 porters"; "The network today released its study, drawing on a survey of 75 drivers"
_LAUNCH = re.compile(r"\b(?:today\s+|this\s+week\s+)?(?:publishes|published|releases|released|launches|launched)\b[^.;]{0,200}?"
                     r"\b(?:based\s+on|drawing\s+on|draws\s+on|drawn\s+from)\s+(?:\w+\s+)?(?:interviews|testimon(?:y|ies)|a\s+survey)"
                     r"\s+(?:with|of|from)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?\d[\d,]*\s+[A-Za-z]")
# a part of the sample named by what they did, at a point's opening: "Callers who had walked out described"
_SUBSET = re.compile(r"\W{0,2}(?:Callers|Workers|Respondents|Interviewees|Those)\s+who\s+[^,.;:]{3,60}?\s+(?:often\s+|also\s+)?"
                     r"(?:said|reported|told\s+us|described|complained)\b")
# a bare quantifier of the sample, later in a point the page opened: "Many said", "Most of them reported"
_QUANTIFIED = re.compile(r"\W{0,2}(?:Many|Most|Some|Several|Nearly\s+all|Almost\s+all)(?:\s+of\s+them)?\s+"
                         r"(?:said|reported|told\s+us|described|complained)\b")
_CITED = re.compile(r"\b(?:the|a|an|its|their)\s+(?:report|study|survey|paper|research|audit|assessment)\b", re.IGNORECASE)
# the page's own people, which a sample told before the heading needs: "our researchers interviewed", "we spoke to"
_OWN = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
_HEADING_WORDS = 8  # a line of at most this many words without a closing stop is a heading


def _heading(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and len(stripped.split()) <= _HEADING_WORDS and stripped[-1] not in ".!?\"'\u201d"


def _has_section(sentences: Sequence[Sentence]) -> bool:
    """Does a findings section open anywhere (a heading of findings)? (speed: a gate for the whole pass)"""
    return any(_HEADING.match(s.text) for s in sentences)


def numbered_findings(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give the exact tallies of a findings section's numbered points to the page's voice (in place)."""
    if not _has_section(sentences):
        return  # (speed) nothing below changes a sentence before a section opens
    in_section = own_sample = launched = sample_before = False
    contacts = False  # the page's sample is the contacts its own helpline took
    spoken_at = -1  # the first sentence of a point in the page's own words, after its number left on its own
    point_at = -1  # the sentence after a point's number that the splitter left on its own ("1." then "Thirty said ...")
    apart: list[int] = []  # tallies under such numbers of a sample not launched as a report: findings when two or more
    for i, s in enumerate(sentences):
        text = s.text
        page_sample = _SAMPLE.search(text) is not None and result[i].source == OUTLET_KEY and not _CITED.search(text)
        if _HEADING.match(text):
            # the page's own report launched before the heading, or its own sample told there in the first person
            in_section, own_sample = True, launched or sample_before
            continue
        sample_before = sample_before or page_sample and _OWN.search(text) is not None  # ("our team", "we")
        if not in_section:
            if not launched and result[i].source == OUTLET_KEY and ("publish" in text or "launch" in text
                                                                    or "release" in text):
                launched = _LAUNCH.search(text) is not None  # the page's own report, launched before its findings
            continue
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if _SECTION_NUMBER.match(text) and nxt is not None and nxt.paragraph == s.paragraph and (
                launched or own_sample and (_TALLY.match(nxt.text) is not None or _SUBSET.match(nxt.text) is not None)):
            point_at = i + 1  # a point's number, its text after it in the same paragraph (a tally, unless launched)
            continue
        contacts = contacts or page_sample and _CONTACTS.search(text) is not None
        if _SECTION_NUMBER.match(text) and nxt is not None and nxt.paragraph == s.paragraph and (
                contacts or _CONTACTS.search(nxt.text) is not None):
            # a helpline's point in its own words ("4." then "The median debt we recorded was ..."): the list goes on,
            # and the point's later counts of its callers ("Forty callers said", "Many said") are the page counting on
            # (a sample of interviews keeps its plain points to tallies: another point ends the section there)
            spoken_at = i + 1
            continue
        if _SECTION_NUMBER.match(text) or _heading(text):
            in_section = False
            continue
        if page_sample:
            own_sample = True
        if not own_sample:
            continue
        point = _POINT.match(text)
        tally = _TALLY.match(text, point.end()) if point is not None else _TALLY.match(text) if i == point_at else None
        if tally is None and i == point_at:
            tally = _SUBSET.match(text)  # "Callers who had walked out described ...": a part of the sample
        if tally is None and spoken_at >= 0 and s.paragraph == sentences[spoken_at].paragraph and i > spoken_at and (
                result[spoken_at].source == OUTLET_KEY) and (_TALLY.match(text) or _QUANTIFIED.match(text)):
            apart.append(i)  # the page's point counting on: "Forty callers said ...", "Many said ..."
            continue
        if tally is not None and i == point_at and not launched:
            apart.append(i)
        elif tally is not None and result[i].source != OUTLET_KEY:
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False)
    for i in apart if len(apart) >= 2 else ():
        if result[i].source != OUTLET_KEY:
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False)
