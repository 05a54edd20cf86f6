"""Speakers a first-person writer met: "I spoke to a site engineer who told me the men ...", "We met a
cook who said ...", "a regional official put it to me more bluntly: the crews ...". Used by
:func:`labourlens.analyse.mention_shapes.fallback_mention` when no other shape names a speaker.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import Mention, _plausible, classify
from labourlens.model import Source

__all__ = ["met_name_pronoun", "met_who_told_mention", "put_it_mention", "writer_group_reference"]

_MET_WHO = gated(
    r"\b(?:I|we|We)\s+(?:(?:also|later|once|recently|then)\s+)?(?:spoke|talked)\s+(?:to|with)\s+|"
    r"\b(?:I|we|We)\s+(?:(?:also|later|once|recently|then)\s+)?(?:met|interviewed|reached|visited|asked)\s+")
_WHO_TOLD = re.compile(
    r"(?P<sp>(?:a|an|one|another|two|three|several|some)\s[^,;:\"]{2,90}?)\s+who\s+(?:later\s+|also\s+)?"
    r"(?:told|tells|assured|showed)\s+(?:me|us)\b(?:\s+that)?|"
    r"(?P<sp2>(?:a|an|one|another|two|three|several|some)\s[^,;:\"]{2,90}?)\s+who\s+(?:said|says|described|"
    r"explained|recalled|insisted|confirmed)\b")
_PUT_IT = re.compile(
    r"(?:^|[,;]\s+(?:and|but)\s+|^(?:And|But)\s+)(?P<sp>(?:a|an|one|another|the)\s[^,;:\"]{2,80}?)\s+"
    r"(?:put|summed|summarised|summarized|described|explained)\s+it\s+(?:up\s+)?(?:to\s+(?:me|us)\s+)?"
    r"[^:\"]{0,60}:\s+(?=[a-z\"\u201c]|[A-Z])")

# "In Kuwait a different manager put it at 100 dinars", "One recruiter put the figure at about $200": an estimate
_PUT_AT = re.compile(
    r"(?:^|^(?:In|At|On|For)\s+[A-Z][^,;:\"]{1,40}?,?\s+|[,;]\s+(?:and|but|while)\s+)"
    r"(?P<sp>(?i:a|an|one|another|the)\s[^,;:\"]{2,60}?)\s+(?:put|puts|estimated|estimates|placed|places)\s+"
    r"(?:it|that|the\s+(?:figure|number|sum|amount|total|wage|wages|pay|salary|count))\s+at\s+"
    r"(?:(?:about|around|roughly|some|only|just|barely|nearly|almost|under|over|less\s+than|more\s+than)\s+)?"
    r"(?:[$\u20ac\u00a3\u00a5]|US\$|RM|[A-Z]{3}\s?)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|a\s+(?:few|hundred|thousand)|half)\b)")


def met_who_told_mention(text: str) -> Mention | None:
    """ "I spoke to a site engineer who told me the men were locked in": the person met speaks."""
    for m in _MET_WHO.finditer(text):
        w = _WHO_TOLD.match(text, m.end())
        if w is None:
            continue
        group = "sp" if w.group("sp") is not None else "sp2"
        sp = w.group(group)
        if _plausible(sp) and classify(sp) in ("anonymous_source", "named_person", "official"):
            return Mention(sp, w.start(group), w.end(group), "told", False)
    return None


def put_it_mention(text: str) -> Mention | None:
    """ "..., and a regional official put it to me more bluntly: the system was built to ...": the
    person who put it speaks what follows the colon; "a different recruiter put it at 300 dollars": the person
    who gave the estimate."""
    m = _PUT_AT.search(text) if " at " in text else None
    if m is None and (" it " not in text or ":" not in text):
        return None
    m = m or _PUT_IT.search(text)
    if m is None or not _plausible(m.group("sp")) or classify(m.group("sp")) in (None, "document"):
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "said", False)


# "Most said", "Many of them told me": a bare quantifier over the people the writer met
_QUANTIFIER = re.compile(r"^(?:most|many|some|several|all|a\s+few|few|most\s+of\s+them|many\s+of\s+them|"
                         r"some\s+of\s+them|all\s+of\s+them|several\s+of\s+them)$", re.IGNORECASE)
# "The men I spoke with", "the workers we interviewed", "Those I met in Seoul": the group a first-person writer met
_WRITER_GROUP = re.compile(
    r"^(?:(?:the|all\s+the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+s|men|women|people)|those)\s+(?:whom\s+|who\s+|that\s+)?"
    r"(?:I|we)\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked|interviewed|met|surveyed|asked|reached)\b", re.IGNORECASE)


def writer_group_reference(m: Mention, sources: list[Source]) -> Mention | None:
    """ "Most said they worked seven days a week" after "The men I spoke with, fourteen of them, described ...":
    the quantifier is that group, the writer's interviewees (among the last three sources heard, most recent
    first); None otherwise."""
    if not _QUANTIFIER.match(m.wording.strip()):
        return None
    for source in sources[:3]:
        if source.kind == "anonymous_source" and _WRITER_GROUP.match(source.wording or ""):
            return Mention(source.wording or "", m.start, m.end, m.cue, m.direct, m.relay)
    return None


_MET_NAME_THEN_PRONOUN = re.compile(
    r"^\s*(?:When|After|As|Once|Before)\s+(?:I|we)\s+(?:first\s+|later\s+|finally\s+)?(?:met|interviewed|"
    r"spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with)\s+(?P<np>[A-Z][\w'\u2019-]+"
    r"(?:\s+[A-Z][\w'\u2019-]+){0,2})\b[^,;:\"]{0,80},\s+(?:he|she)\s")


def met_name_pronoun(m: Mention, text: str) -> Mention | None:
    """ "When I met Kim in Seoul last year, he told me that ...": the person the writer met, named in the fronted
    clause, is the "he" or "she" who speaks (None for any other shape)."""
    if m.wording.lower() not in ("he", "she"):
        return None
    met = _MET_NAME_THEN_PRONOUN.match(text)
    if met is None or m.start < met.end() - 4 or classify(met.group("np")) != "named_person":
        return None
    return Mention(met.group("np"), met.start("np"), met.end("np"), m.cue, m.direct, m.relay)
