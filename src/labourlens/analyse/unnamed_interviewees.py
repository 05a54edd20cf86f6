"""(s381) Who answers an interview's questions when the page names the interviewee by none of the usual forms: the
person named in the lede, or, when the standfirst keeps the interviewee unnamed, the role the headline gives them.

'"Nobody leaves before the harvest": a caseworker on the orchards of the valley', then a standfirst in which "she did not
want her name printed", then questions and answers: the answers are "the caseworker"'s, not the place the standfirst names
nor the outlet's. Used by :mod:`labourlens.analyse.attribution` for the answers of a question-and-answer block;
examples are invented."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.interviewees import interviewee_name, intro_person, lede_subject
from labourlens.analyse.registry import _last_name as last_name
from labourlens.analyse.speakers import classify

if TYPE_CHECKING:
    from labourlens.model import Source

__all__ = ["lede_interviewee", "sample_group"]

# the headline's role after a colon or a dash: ": a caseworker on ...", " - a nurse at ...", ": one broker in ..."
_HEAD_ROLE = re.compile(r"(?:[:\u2014\u2013]|\s-)\s+(?:an?|one)\s+(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+"
                        r"(?:on|in|at|from|inside|about|who|for|of)\s")
# the standfirst's word that the interviewee is not named
_ANONYMOUS = re.compile(r"\b(?:asked|agreed|wished|preferred)\s+(?:not\s+to\s+be\s+(?:named|identified)|"
                        r"that\s+(?:his|her|their)\s+(?:real\s+)?name\s+(?:not\s+be\s+(?:printed|published|given|used)|"
                        r"be\s+withheld))|\bon\s+condition\s+of\s+anonymity\b|\bspoke\s+anonymously\b|"
                        r"\bdid\s+not\s+want\s+(?:his|her|their)\s+(?:real\s+|full\s+)?name\s+(?:printed|published|used|given)\b")
_HEAD_LINES = 4  # the headline stands in the first lines of the page (masthead, section, headline)


def _headline_role(lede: str) -> str | None:
    """The role the first lines of the page give an unnamed interviewee ("the caseworker"), if the lede says they are not
    named."""
    if _ANONYMOUS.search(lede) is None:
        return None
    lines = [ln for ln in lede.split("\n") if ln.strip()][:_HEAD_LINES]
    for line in lines:
        if len(line) > 200:
            continue
        m = _HEAD_ROLE.search(line)
        if m is not None and classify("the " + m.group("role")) in ("anonymous_source", "official"):
            return "the " + m.group("role")
    return None


def lede_interviewee(lede: str) -> str | None:
    """The interviewee the text before an answer introduces: by name (see :mod:`labourlens.analyse.interviewees`), or
    by the headline's role when the standfirst says the person is not named."""
    return interviewee_name(lede) or lede_subject(lede) or last_name(lede) or intro_person(lede) or _headline_role(lede)


# a counted group: "132 workers", "forty families", "twelve former miners"
_COUNTED = re.compile(r"^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                      r"sixty|seventy|eighty|ninety|a\s+hundred|hundreds\s+of|dozens\s+of)\s", re.IGNORECASE)


def sample_group(source: Source, plural: bool, lede: str) -> bool:
    """(s38) Is ``source``, a person the lede met before the first answer, no voice of the answers because the lede goes on
    to introduce a named person: a counted group given as a study's sample ("Her team's survey drew on talks with
    90 pickers"), or an unnamed person the standfirst describes before the body names her ("A researcher on
    brick kilns explains ..." then "Dr. Lena Ruiz Ortega has spent six years ...")? The named person answers."""
    if source.kind == "named_person" or not source.spans:
        return False
    counted = plural and _COUNTED.match(source.wording or "") is not None
    if not counted and plural:
        return False
    name = lede_interviewee(lede)
    if name is None or classify(name) != "named_person":
        return False
    at = lede.rfind(name)  # the person opens a sentence of the lede, its subject: not "spoke to Harbour Weekly about ..."
    if at < 0 or _SENTENCE_START.search(lede[max(0, at - 3):at]) is None and at > 0:
        return False
    return counted or at > min(source.spans)[0]


_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n\s*)$")
