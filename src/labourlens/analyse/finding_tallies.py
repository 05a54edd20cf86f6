"""A labelled finding of a report that opens with the report's own tally of the people it interviewed ("Finding 2.
Thirty of the 52 pickers said their wages came late."; "Finding 4.1. Nine cooks told us ..."): an exact count, with
or without the sample it was taken from, is the report counting its interviews, so the sentence is the report's
finding, in the page's voice (the counted group is a reading some annotators give as the alternative). A vague
count ("Several workers said", "Most respondents reported") is left to the group, and so is a tally that is not the
first sentence after the finding's label, unless a tally opened the finding: then the finding's further tallies ("Sixty
reported ...") and what went on in the first group's name are the report's too. Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples
are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["NUM", "SEVERITY_TITLE", "finding_tallies"]

# a finding's grade in brackets, then its subject after a colon or dash: "(critical): hiring fees.",
# "(minor) - housing."
SEVERITY_TITLE = r"\([a-z][a-z ,&-]{1,30}\)\s*[\u2014\u2013:-]\s*[A-Za-z][\w ,&'-]{1,40}\.?"

# the label on a line of its own: "Finding 3.", "Finding 3.1.", "Key finding 2:"
_LABEL = re.compile(r"^\W{0,2}(?:Key\s+)?[Ff]inding\s+\d{1,2}(?:\.\d{1,2}){0,2}\s*(?:[.:]?|" + SEVERITY_TITLE + r")\s*$")
# the label in front of the sentence: "Key finding 1: Twenty-two workers said ..."
_LABEL_IN = re.compile(r"^\W{0,2}(?:Key\s+)?[Ff]inding\s+\d{1,2}(?:\.\d{1,2}){0,2}\s*[.:]\s+")
NUM = (r"(?:\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
        r"eight|nine))?|(?:thir|four|fif|six|seven|eigh|nine)teen|eleven|twelve|ten|nine|eight|seven|six|five|four|three|two)")
# "Twenty-six of the 41 drivers said", "Eleven drivers told us", "12 of the guards reported", and the sample put
# first: "Of the 52 pickers interviewed, 30 said"
_TALLY = re.compile(rf"\W{{0,2}}(?:Of\s+the\s+{NUM}\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s+(?:interviewed|surveyed|"
                    rf"questioned|we\s+(?:interviewed|spoke\s+to)),\s+{NUM}(?=\s+(?:said|reported|told|described|complained)\b)|"
                    rf"{NUM}(?:\s+of\s+(?:the|our)(?:\s+{NUM})?)?(?:\s+[a-z][a-z-]+){{1,2}})\s+"
                    r"(?:said|reported|told\s+(?:us|researchers|the\s+researchers)|described|complained)\b", re.IGNORECASE)

# the sample first, then the count: "Of the 58 cooks, 33 said", "Of our 40 interviewees, nine reported"
_OF_TALLY = re.compile(rf"\W{{0,2}}Of\s+(?:the|our)\s+{NUM}(?:\s+[a-z][a-z-]+){{1,2}},\s+{NUM}\s+"
                       r"(?:said|reported|told\s+(?:us|researchers|the\s+researchers)|described|complained)\b", re.IGNORECASE)
# a further tally in the finding, its group named or not: "Sixty reported", "Eighteen of them reported", "12 women told us"
_LATER_TALLY = re.compile(rf"\W{{0,2}}{NUM}(?:\s+of\s+(?:the|our|them)(?:\s+{NUM})?)?(?:\s+[a-z][a-z-]+){{0,2}}\s+"
                          r"(?:said|reported|told\s+(?:us|researchers|the\s+researchers)|described|complained)\b", re.IGNORECASE)
# the group named again inside a relative clause of the page's sentence: "..., which the men described as ..."
_RELATIVE_BEFORE = re.compile(r",?\s+(?:which|what)\s+$")


def _in_relative(text: str, span: tuple[int, int] | None) -> bool:
    """Does the speaker phrase at ``span`` open a relative clause of the sentence, not the sentence itself?"""
    return span is not None and span[0] > 0 and _RELATIVE_BEFORE.search(text[:span[0]]) is not None


def finding_tallies(sentences: Sequence[Sentence], result: list[Any], page_key: str = OUTLET_KEY) -> None:
    """Give the tally that opens a labelled finding, and the finding's later tallies, to the page's voice (in place):
    ``page_key``, the source the page speaks as when it is a formal document (an audit's own summary), else the
    outlet."""
    for i, s in enumerate(sentences):
        if "inding" not in s.text[:16] and (i == 0 or "inding" not in sentences[i - 1].text[:16]):
            continue
        inline = _LABEL_IN.match(s.text)
        if inline is not None:
            tally = _TALLY.match(s.text, inline.end()) or _OF_TALLY.match(s.text, inline.end())
        elif i > 0 and _LABEL.match(sentences[i - 1].text):
            tally = _TALLY.match(s.text) or _OF_TALLY.match(s.text)
        else:
            continue  # no finding opens here
        old = result[i].source
        if tally is not None and old not in (OUTLET_KEY, page_key):
            # the counted group's words stay marked as the speaker phrase, so they are not read as evidence
            result[i] = replace(result[i], source=page_key, cue=None, direct=False, explicit=False)
            # the finding's next sentences that only carried the counted group on ("The firm deducts ...") go with it
            j = i + 1
            while (j < len(sentences) and sentences[j].paragraph == s.paragraph and result[j].source == old
                   and (not result[j].explicit or _in_relative(sentences[j].text, result[j].span))):
                result[j] = replace(result[j], source=page_key, cue=None, direct=False)
                j += 1
        _later_tallies(sentences, result, i, old if tally is not None else None, page_key)


def _later_tallies(sentences: Sequence[Sentence], result: list[Any], i: int, old: object, page_key: str) -> None:
    """After a finding opened by a tally, the finding's further tallies ("Sixty reported ...", "Nine of them told us ...")
    are the report counting on, and a sentence that went on in the name of the group counted first ("The real figure
    may be larger") goes with the tally to the page's voice (in place)."""
    para = sentences[i].paragraph
    for j in range(i + 1, len(sentences)):
        if sentences[j].paragraph != para:
            break
        r = result[j]
        if r.source in (OUTLET_KEY, page_key):
            continue
        if old is not None and ((r.source == old and not r.explicit) or _LATER_TALLY.match(sentences[j].text)):
            result[j] = replace(r, source=page_key, cue=None, direct=False, explicit=False)
