"""The register of court orders and judgments in South Asian and other common-law courts, where a paragraph reports
what a party or an officer put to the bench: "Learned counsel for respondent No. 4 denies that ...", "The SHO
concerned, present in person, states that ...", "It is stated in the petition that ...".

:func:`blank_court_forms` writes the words that dress a speaker phrase in that register as spaces (offsets kept), so
that the mention finder reads "counsel for respondent No. 4" and "The SHO" as the speakers they are: the honorific
"Learned" before counsel, an officer's postposed "concerned", the party's number ("respondent No. 4"), and a paper
"placed on record" before its verb.
:func:`stated_in` reads the impersonal passive that names a document as the source ("It is alleged in the
complaint that ..."). Used by :mod:`labourlens.analyse.attribution` and :mod:`labourlens.analyse.mentions`;
examples are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["blank_court_forms", "stated_in"]

# "Learned counsel for ...", "the learned Advocate General": the bench's courtesy to a lawyer
_LEARNED = re.compile(r"\b[Ll]earned\s(?=(?:[Cc]ounsel|[Aa]dvocate|[Aa]dditional|[Dd]eputy|[Pp]ublic|[Ss]tate|[Ll]aw\s+[Oo]fficer|"
                      r"[Pp]rosecutor|DAG|AAG|APP|PP)\b)")
_CAPITAL_AFTER_BLANK = re.compile(r"^(\W{0,3}\s{8,})([a-z])")
# a party's number after the party: "respondent No. 4", "petitioner No 2", "accused no. 3"
_PARTY_NUMBER = re.compile(r"(?:(?<=espondent)|(?<=etitioner)|(?<=ppellant)|(?<=ccused)|(?<=efendant)|(?<=pplicant))"
                           r"\s+[Nn]o\.?\s*\d{1,3}\b"
                           r"(?:\s*(?:to|and|&|-)\s*\d{1,3}\b)?")
# a bare "counsel for" a party opening the clause, with no article: "counsel for respondent" reads as "the counsel for the
# respondent" (the article the register drops is written in the blank left by the party's number or is not needed)
_OFFICER_CONCERNED = re.compile(r"(?<=[A-Za-z])\s+concerned(?=\s*,|\s+(?:states?|stated|said|says|submits?|submitted|"
                                r"reports?|reported|denies|denied|informs?|informed|deposes?|deposed)\b)")
# a paper "placed on record" or "produced in court" before its verb: "The medical report placed on record noted ..."
_ON_RECORD = re.compile(r"(?<=[a-z])\s+(?:placed|produced|filed|tendered|brought)\s+(?:on\s+(?:the\s+)?record|before\s+the\s+"
                        r"(?:court|bench|tribunal|judge|magistrate)|in\s+(?:court|evidence))(?=\s+(?:noted|notes|states|stated|"
                        r"shows|showed|said|says|records|recorded|found|finds|reveals|revealed|mentions|mentioned|confirms|"
                        r"confirmed|describes|described)\b)")
_PARTY_WORDS = ("espondent", "etitioner", "ppellant", "ccused", "efendant", "pplicant")
_RECORD_WORDS = ("placed ", "produced ", "filed ", "tendered ", "brought ")

# "It is stated in the petition that ...", "It was alleged in the FIR that ...", "It has been averred in the affidavit
# that ...": the document is the source
_STATED_IN = re.compile(
    r"^\W{0,3}(?:\d{1,3}[.)]\s+)?It\s+(?:is|was|has\s+been|had\s+been)\s+(?:further\s+)?(?P<verb>stated|alleged|averred|"
    r"claimed|submitted|contended|asserted|mentioned|recorded|pleaded|deposed|reported)\s+in\s+"
    r"(?P<doc>(?:the|this|that|his|her|their|its|a)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:petition|complaint|FIR|affidavit|plaint|"
    r"application|memo|memorandum|report|statement|reply|written\s+statement|charge\s*sheet|challan|suit|appeal|"
    r"writ|notice|letter|order|judgment|judgement|record|records|file|minutes|inquiry\s+report|enquiry\s+report))"
    r"\s+(?:filed\s+[^,]{0,60}?\s+)?that\b")


def blank_court_forms(text: str) -> str:
    """``text`` with "Learned" before counsel, a party's number, an officer's "concerned" and a paper's "placed on
    record" written as spaces (offsets kept)."""
    if "earned " in text:
        # the title after "Learned" opens the phrase now, and is written as it would open it ("Counsel for the respondent")
        text = _LEARNED.sub(_blank, text)
        text = _CAPITAL_AFTER_BLANK.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    if any(w in text for w in _PARTY_WORDS):
        text = _PARTY_NUMBER.sub(_blank, text)
    if " concerned" in text:
        text = _OFFICER_CONCERNED.sub(_blank, text)
    if any(w in text for w in _RECORD_WORDS):
        text = _ON_RECORD.sub(_blank, text)
    return text


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def stated_in(sentence_text: str) -> Mention | None:
    """The document of "It is stated in the petition that ...", as the speaker of what follows."""
    if "It " not in sentence_text[:12]:
        return None
    m = _STATED_IN.match(sentence_text)
    if m is None:
        return None
    cue = "allege" if m.group("verb") == "alleged" else "state"
    return Mention(m.group("doc"), m.start("doc"), m.end("doc"), cue, False)
