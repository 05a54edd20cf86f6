"""Negations in the voice of the party accused: an employer's or a state's claim that words a negation and
supports no indicator ("We employ no North Koreans and never have", "the ministry said no new permits had
been issued", "nobody at the firm took anyone's documents") answers an allegation, so it is a negated claim
(FORMAT.md: ``negated`` is true for a denial or negation). A negation by a worker, a witness or the page
itself keeps its reading, and so does one that supports an indicator ("the women were not allowed to
leave").

The accused party's excuse answers an allegation the same way, though it words no negation: pay "withheld
lawfully because of the claimant's absence", deductions made "only for equipment that is sold", a curfew that "was a
fire-safety measure agreed with workers' representatives", passports kept "for their own safety". It is a negated
claim and carries no indicator (its words name the abuse only to excuse it). An admitted delay ("only a little
late", "slightly delayed") is left as it reads: writers split on it. The party's sentence right after its own denial,
with no indicator, goes on with the denial ("Every worker signs her contract in full knowledge")."""

from __future__ import annotations

import re

from labourlens.analyse.company_voices import its_head
from labourlens.analyse.household_employers import advocate_voice, household_employer
from labourlens.analyse.research_bodies import research_voice
from labourlens.model import Claim, Source

__all__ = ["mark"]

_PARTIES = frozenset({"organization", "official"})
# (s45: not "No. 14", the abbreviation of "number" before a figure)
_NEGATOR = re.compile(r"\b(?:no(?!\.\s*\d)|not|never|nobody|none|nothing|neither|nor|no-one)\b|\bno one\b|n['\u2019]t\b",
                      re.IGNORECASE)


# the speaker's anonymity is no negation: "who spoke on condition that his name not be used", "asked not to be named",
# "was not authorised to speak to the press"
_UNNAMED = re.compile(r"\b(?:asked|requested|wished|wanted|preferred|condition|agreed)\b[^,.;]{0,40}?\bnot\s+(?:to\s+)?(?:be\s+)?"
                      r"(?:named|identified|used|published|disclosed|printed|quoted|revealed)\b"
                      r"|\bnot\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:speak|talk|comment)\b"
                      # (s45) "an aide, unnamed since she had no permission to comment", "with no mandate to brief reporters"
                      r"|\b(?:has|had|have|having|with)\s+no\s+(?:authority|authori[sz]ation|permission|mandate|clearance)\s+"
                      r"to\s+(?:speak|talk|comment|brief)\b", re.IGNORECASE)


# a non-answer added to what the party did say is no negation of it: "said it would open an inquiry, but set no date",
# "has had several such complaints, but would not say how many"
_NON_ANSWER = re.compile(r",?\s*(?:but|though|although|and)\s+(?:(?:it|he|she|they)\s+)?"
                         r"(?:(?:gave|offered|provided|set)\s+no|(?:did|would|could)\s+not\s+"
                         r"(?:give|say|specify|provide|offer|set)|(?:didn['\u2019]t|wouldn['\u2019]t|couldn['\u2019]t)\s+"
                         r"(?:give|say|specify|provide))\s+(?:a\s+|any\s+|an\s+)?(?:exact\s+|precise\s+|specific\s+)?"
                         r"(?:date|number|figure|figures|timeline|timetable|details|name|names|deadline|total)\b[^,;.]*",
                         re.IGNORECASE)


# "withheld lawfully", "in line with the law", "made only for ..." (not "only a little late", "slightly delayed": an
# admitted delay, which writers split on: heldout53 keeps it an affirmed claim of withheld wages, heldout62 a denial)
_EXCUSE = re.compile(r"\b(?:lawfully|legally|in\s+(?:accordance|line)\s+with\s+the\s+(?:law|contract)|(?:made|taken|deducted)\s+"
                     r"[\"\u201c]?only\s+for|"
                     # a rule given a safe purpose or the workers' consent: "the curfew was a fire-safety measure agreed
                     # with workers' representatives", "kept for their own safety"
                     r"(?:was|is|were|are)\s+an?\s+(?:fire[-\s])?(?:safety|security|health)\s+(?:measure|precaution|rule)|"
                     r"for\s+(?:their|the\s+workers['\u2019]?)\s+own\s+(?:safety|protection|security)|"
                     r"agreed\s+with\s+(?:the\s+)?(?:workers['\u2019]?|staff|employee)\s+representatives)\b", re.IGNORECASE)
# "switched to student visas to stay in China legally": the aim of an infinitive, no excuse
_PURPOSE_BEFORE = re.compile(r"\bto\s+[a-z]+(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)


# "The Government is aware of reports that the interns ... may not comply with the rules": the party acknowledges
# the reports; a negation inside them is theirs, no denial
_ACKNOWLEDGED = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+aware\s+of\s+(?:the\s+|these\s+|such\s+)?"
                           r"(?:reports?|allegations?|claims?|concerns?|accounts?)\s+that\b", re.IGNORECASE)


def _excuse(text: str) -> bool:
    """Does ``text`` excuse the act it names ("withheld lawfully", "employed legally"), outside an infinitive's aim?"""
    return any(_PURPOSE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None for m in _EXCUSE.finditer(text))


# (s384) the person who led an inspection or a boarding reports what the team found, and is no party accused: "the
# galley had no working fridge," said Ana Ruiz, who led the inspection team (the found-nothing reading is the claim
# stage's own, kept)
_INSPECTING = re.compile(r"\bwho\s+(?:led|headed)\s+(?:the|an?)\s+[^,;:\"]{0,40}?\b(?:inspection|boarding|port\s+state\s+control)\b",
                         re.IGNORECASE)


def mark(claims: list[Claim], sources: list[Source]) -> None:
    """Set the polarity of the accused party's negations (in place)."""
    # a household employer answering the reporter is the accused party too ("the employer, contacted by telephone")
    # (s39) a research group is no accused party ("analysts at Bluefen Research": their caveats are no denials)
    kinds = {s.key: "organization" if household_employer(s.wording or "") else None if s.kind == "official" and
             _INSPECTING.search(s.wording or "") or research_voice(s.wording or "") or (
                 s.kind == "organization" and advocate_voice(s.wording or "")) else s.kind for s in sources}
    heads = {s.key for s in sources if its_head(s.wording or "")}
    before: Claim | None = None
    for c in claims:
        # the party's next sentence after its denial defends it ("The agency denied the accusations. 'Every worker
        # signs her contract in full knowledge,' its director said.": its head speaks for it)
        defends = before is not None and (before.source == c.source or c.source in heads) \
            and before.polarity == "negated" and before.sentence == c.sentence - 1 and kinds.get(before.source) in _PARTIES
        before = c
        if c.polarity == "affirmed" and not c.indicators and not c.future and kinds.get(c.source) in _PARTIES \
                and (_NEGATOR.search(_NON_ANSWER.sub(" ", _UNNAMED.sub(" ", c.text))) or defends) \
                and not _ACKNOWLEDGED.search(c.text):
            c.polarity = "negated"
        elif c.polarity == "affirmed" and not c.future and kinds.get(c.source) in _PARTIES and _excuse(c.text):
            c.polarity, c.indicators = "negated", []  # "withheld lawfully because of his absence": an excuse
