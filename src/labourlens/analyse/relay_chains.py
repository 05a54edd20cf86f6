"""Chains of attribution in which the speaker a sentence names relays another source (the issue's chain
convention: "Yonhap reported, citing a source in Dandong" gives the source as speaker and Yonhap as the
relay). Called on the mention :func:`labourlens.analyse.mentions.find_mention` found:

- a trailing citation after a quotation's speaker: '"They hand over their pay," Park said, citing the
  agency.' -> the agency, relayed by Park;
- a speaker who cites another: "according to a lawmaker who cited the National Intelligence
  Service" -> the NIS, relayed by the lawmaker;
- a state body, organisation or document whose finding the speaker reports: "Park said the NIS estimated
  that ..." -> the NIS, relayed by Park (people reported by a speaker stay the speaker's account);
- a body's data or figures cited ("citing the agency's figures") speak as the body.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["relay_chain"]

_SPEAKS_FOR = ("official", "organization", "document", "outlet")
# '... ," Park said, citing the agency.': a citation closing the sentence after the speaker's verb
_CITING_AFTER = re.compile(r"[^\u201c\u201d\",]{0,40},\s+(?:citing|quoting)\s+(?P<sp>[^,;:\u201c\u201d\"]{2,100}?)\s*[.;]?\s*$")
_WHO_CITED = re.compile(r",?\s+who\s+(?:cited|quoted|was\s+citing|were\s+citing|relayed)\s+(?P<sp>[^,;:.\u201c\u201d\"]{2,100})")
_REPORTED_FINDING = re.compile(
    r",?\s+(?:said|says|added|told\s+(?:reporters|journalists|lawmakers|the\s+\w+))\s+(?:that\s+)?"
    r"(?P<sp>(?:the|its|(?-i:[A-Z]))[^,;:\u201c\u201d\"]{1,60}?)\s+(?:had\s+|has\s+)?(?:also\s+|earlier\s+|previously\s+)?"
    r"(?P<verb>estimated|estimates|assessed|assesses|found|finds|concluded|concludes|believes|believed|reported|"
    r"reports|told\s+(?:lawmakers|the\s+committee|legislators|parliament))\s+(?:that\b)?", re.IGNORECASE)
# "the agency's figures", "the ministry's data": the body whose figures they are
_BODY_FIGURES = re.compile(
    r"^(?P<owner>.+?)['\u2019]s?\s+(?:own\s+)?(?:figures|data|estimates?|assessment|statistics|numbers|findings|"
    r"information|intelligence|briefing)$", re.IGNORECASE)
_CUES = {"estimated": "estimate", "estimates": "estimate", "assessed": "assess", "assesses": "assess",
         "found": "find", "finds": "find", "concluded": "conclude", "concludes": "conclude", "believes": "believe",
         "believed": "believe", "reported": "report", "reports": "report"}


_WHEN = re.compile(r"\s+(?:on|last|this|earlier|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|"
                   r"(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)$")


def _body(np: str) -> str:
    np = _WHEN.sub("", np)  # "the NIS on Thursday": when it was cited is no part of the source
    owner = _BODY_FIGURES.match(np)
    return owner.group("owner") if owner is not None and classify(owner.group("owner")) in _SPEAKS_FOR else np


def relay_chain(m: Mention | None, text: str) -> Mention | None:
    """The source at the end of the chain that ``m`` opens in ``text`` (see the module docstring), or
    ``m`` itself."""
    if m is None or m.relay is not None:
        return m
    if "cit" in text or "quot" in text:
        after = _CITING_AFTER.match(text, m.end)
        if after is not None and " and " not in (sp := _body(after.group("sp").strip())) and _plausible(sp) \
                and classify(sp) is not None:  # not "citing subcontractors and documents": several sources
            return Mention(sp, after.start("sp"), after.start("sp") + len(sp), m.cue, m.direct, relay=m.wording)
        who = _WHO_CITED.match(text, m.end)  # "according to a lawmaker who cited the NIS"
        if who is not None and classify(sp := _body(who.group("sp").strip())) in _SPEAKS_FOR and _plausible(sp):
            return Mention(sp, who.start("sp"), who.start("sp") + len(sp), m.cue, m.direct, relay=m.wording)
    if m.direct or m.wording.lower() not in ("he", "she") and classify(m.wording) not in (
            "named_person", "official", "anonymous_source"):
        return m
    inner = _REPORTED_FINDING.match(text, m.end)
    if inner is not None and classify(sp := inner.group("sp").strip()) in _SPEAKS_FOR and _plausible(sp):
        verb = inner.group("verb").split()[0].lower()
        return Mention(sp, inner.start("sp"), inner.start("sp") + len(sp), _CUES.get(verb, "said"), False,
                       relay=m.wording)
    return m
