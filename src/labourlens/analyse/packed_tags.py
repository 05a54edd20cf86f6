"""Attribution packed into a sentence's last words, as wire flashes and alerts write it (diag203):

- a dash tag: "Nine loggers were kept unpaid for a winter -- labour inspectors." / "... -- officials.";
- a "via" or "per" tag: "two crewmen feared drowned, via a harbour source." / "..., per the port authority.";
- a party's label before its quoted words: 'Employer: "every man was paid."', 'Police: "the gate was open."';
- a first-person account's credit line: "Lina Reyes, 41, a cook back from Oman (as told to The Harbour Times)": the
  person named tells it, not the description after the name (nor the paper it was told to).

The phrase after the dash, "via" or "per" speaks when it reads as a speaker (an official body, an organisation,
an unnamed source); a phrase that names no speaker ("-- a common complaint", "per day", "via a broker") is left
alone. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["packed_tag"]

# the sentence's last words after a spaced dash, without a verb or a comma in them
_DASH_TAIL = re.compile(r"\s(?:--|[\u2014\u2013])\s+(?P<sp>[A-Za-z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,4}?)"
                        r"\s*[.!]?[\"\u201d]?\s*$")
# ", via a source in the port." / ", per the district labour office."
_VIA_TAIL = re.compile(r",\s+(?:via|per)\s+(?P<sp>(?:the|a|an|one|two|three|several|local)\s+[^,;:()\"\u201c\u201d]{2,60}?)"
                       r"\s*[.!]?\s*$")
# "via" also names a channel or a go-between ("paid via a broker"): only a source of news is a tag
_VIA_SOURCE = re.compile(r"^via\b.*\b(?:sources?|contacts?|residents?|insiders?|witness(?:es)?|officials?|police)\b",
                         re.IGNORECASE)
_SPEAKING_KINDS = frozenset({"official", "organization", "anonymous_source"})
# (a clause after a dash opens with a conjunction or a relative: "... -- that the men never leave.")
_NOT_TAGS = re.compile(r"^(?:more|details|developing|ends?|update|updates|story|report|photo|video|via|per|that|who|"
                       r"which|when|where|while|and|but|or|because|since|until|if|so|as|then)\b", re.IGNORECASE)
# a party named by its common noun, as a label before its quoted words
_PARTY_LABEL = re.compile(
    r"^\s*(?P<sp>(?:Company|Employer|Firm|Factory|Management|Contractor|Recruiter|Agency|Owner|Union|Police|Ministry|"
    r"Embassy|Prosecutors|Officials|Inspectors|Spokesperson|Spokesman|Spokeswoman))\s*:\s*[\"\u201c]")
# "Name, 41, a cook back from Oman (as told to X)": the account's teller
_TOLD_TO = re.compile(r"(?:^|[.:\u2026]\s*)(?P<sp>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})(?:,\s+\d{1,3})?"
                      r"(?:,\s+[^,()]{3,90}?)?\s*\(as\s+told\s+to\s+[^()]{2,60}\)\s*[.]?\s*$")
# a clause, not a tag: "... -- the boss kept our passports."
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|kept|took|did|said|says|[a-z]+ed)\b")
_MIN_BODY = 25  # a claim before the tag, not a heading ("Recruiters -- police")


def packed_tag(sentence_text: str) -> Mention | None:
    """The speaker a sentence names in its last words after a dash, "via" or "per", or in a party's label before
    its quoted words; None when it has none."""
    if "as told to" in sentence_text and (told := _TOLD_TO.search(sentence_text)) is not None \
            and classify(told.group("sp")) == "named_person":
        return Mention(told.group("sp"), told.start("sp"), told.end("sp"), "label", False)  # (no claim: a credit line)
    if ":" in sentence_text[:20] and (lab := _PARTY_LABEL.match(sentence_text)) is not None:
        return Mention(lab.group("sp"), lab.start("sp"), lab.end("sp"), "said", True)
    tail = sentence_text[-90:]
    if "--" not in tail and "\u2014" not in tail and "\u2013" not in tail and " via " not in tail and " per " not in tail:
        return None  # (speed: most sentences have no such tag)
    off = len(sentence_text) - len(tail)
    for rx in (_DASH_TAIL, _VIA_TAIL):
        m = rx.search(tail)
        if m is None or off + m.start() < _MIN_BODY:
            continue
        before = sentence_text[:off + m.start()]
        if (before.count('"') % 2 or before.count("\u201c") > before.count("\u201d")) and rx is _DASH_TAIL:
            continue  # a dash inside a quotation: the quoted words go on
        sp = m.group("sp").rstrip(".!")
        if rx is _DASH_TAIL and (_VERBISH.search(sp) or not sp[:1].islower()):  # a wire's tag is lower case
            continue  # ("-- police", "-- the ministry"); "-- Harbour Authority" is more often a heading or a credit
        if _NOT_TAGS.match(sp) or classify(sp) not in _SPEAKING_KINDS or (
                rx is _VIA_TAIL and m.group(0).lstrip(", ").startswith("via") and not _VIA_SOURCE.match(m.group(0).lstrip(", "))):
            continue
        start = off + m.start("sp")
        return Mention(sp, start, start + len(sp), "said", False)
    return None
