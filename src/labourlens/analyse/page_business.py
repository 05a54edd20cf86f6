"""The page's own business, which is no claim (read by :func:`labourlens.analyse.page_self_notes.page_self_note`, so
that the account after such a line keeps its thread, and the headings by :func:`labourlens.analyse.claim_filters.frame_line`).

Besides what it reports, a page carries lines about itself, and none of them tells what happened to a worker:

- who paid for or may reuse the reporting: "Research for this series was funded by the Tidewater Trust", "The
  Bulletin is supported by its readers", "This note may be reproduced with credit";
- a newsletter's tagline and contents line: "A fortnightly digest for people who follow port labour", "In this
  issue: ...";
- a hearing's order of business: the chair's "Before we start, I shall read into the record a note from ...", "That
  is the Consul's note.", "Let us hear the federation.", "Our next witness, please.", "You may state your name.",
  "This afternoon we have the Commissioner and two growers.";
- a broadcast's care for a source: "We are calling her Mira.", "Her words are voiced by an actor.";
- a firm's invitation and its lead-in to a text it prints: "We encourage employees to talk to HR directly.", "We
  publish the auditor's summary unchanged:";
- headings and field blocks: a graded finding's number and subject alone ("4.2 Rest days (minor)."), a case's
  caption ("Ruiz and 3 others v. Costa Marine Ltd, ... (case no. 44/2025)"), a memo's "To: ... / From: ..." head,
  an audit's "Site: ... / Audit dates: ..." fields, a sitting's title over its weekday date.

Such a line with an indicator cue stays a claim (the caller asks only of lines without one), but for the headings and
field blocks and the chair's notice of a paper read out, whose cue words name a topic or a paper ("4.1 Recruitment fees
(major).", "read into the record a letter"). Examples are invented."""

from __future__ import annotations

import re

__all__ = ["page_business_line", "page_heading_line"]

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_LABEL_WORDS = r"(?:site|sites|venue|location|facility|audit\s+dates?|dates?|auditors?|audit\s+firm|scope|client|standard|" \
               r"reference|ref|workers?\s+interviewed|type\s+of\s+audit|audit\s+type)"

_BUSINESS = re.compile(
    # who paid for or may reuse it
    r"^\W*(?:(?:the\s+)?(?:reporting|research|work|travel)\s+for\s+this\s+(?:story|report|article|series|piece|brief|"
    r"investigation|issue)|this\s+(?:story|report|article|series|piece|brief|investigation|newsletter|podcast))\s+"
    r"(?:was|is|has\s+been)\s+(?:(?:partly|partially|generously)\s+)?(?:supported|funded|made\s+possible|paid\s+for)\s+by\b|"
    r"\b(?:is|are)\s+(?:funded|supported)\s+by\s+(?:its\s+|our\s+)?(?:readers|listeners|subscribers|members)\b|"
    r"\bmay\s+be\s+(?:freely\s+)?(?:reproduced|republished|shared|quoted|reprinted)\s+(?:freely\s+)?with\s+"
    r"(?:credit|attribution|acknowledg(?:e)?ment)\b|"
    # a newsletter's tagline and contents
    r"^\W*an?\s+(?:weekly|daily|monthly|fortnightly|quarterly)\s+(?:roundup|round-up|digest|newsletter|briefing|bulletin|"
    r"review)\s+(?:for|of|on|about)\b[^.;]{0,120}\.?\s*$|"
    r"^\W*in\s+this\s+(?:issue|edition|episode|number|week's\s+issue)\s*:|"
    # a hearing's order of business
    r"^\W*(?:that|this)\s+(?:is|was|concludes|ends)\s+(?:the\s+)?[\w'\u2019 ]{0,40}?\b(?:letter|note|statement|"
    r"submission|memorandum|message)\.?\s*$|"
    r"^\W*(?:[^:\n\"]{2,50}:\s*)?(?:let\s+us|let's|we\s+will\s+now|we\s+shall\s+now)\s+hear\s+(?:from\s+)?(?:the\s+)?"
    r"[^.;:\"]{2,60}\.?\s*$|"
    r"^\W*(?:[^:\n\"]{2,50}:\s*)?(?:our|the)\s+(?:next\s+)?witness(?:es)?,?\s+please\.?\s*$|"
    r"^\W*(?:[^:\n\"]{2,50}:\s*)?you\s+may\s+(?:now\s+)?(?:identify\s+yourself|state\s+your\s+name|introduce\s+yourself|"
    r"begin|proceed)\.?\s*$|"
    r"^\W*(?:[^:\n\"]{2,50}:\s*)?(?:this\s+(?:morning|afternoon|evening)|today)\s+we\s+have\s+(?:with\s+us\s+)?"
    r"(?:the|a|an|one|two|three|four|our)\s+[^.;:\"]{2,160}\.?\s*$|"
    # a broadcast's care for a source
    r"^\W*we(?:'re|\u2019re|\s+are|\s+will\s+be|'ll|\u2019ll)\s+calling\s+(?:him|her|them)\s+[A-Z][\w'\u2019-]+\.?\s*$|"
    r"^\W*(?:his|her|their)\s+words\s+(?:are|were|will\s+be)\s+(?:read|spoken|voiced)\s+by\s+an?\s+(?:actor|actress|"
    r"colleague|producer|presenter|volunteer)\b|"
    # a firm's invitation, and its lead-in to a text it prints
    r"^\W*we\s+(?:invite|encourage|urge|ask)\s+(?:all\s+|any\s+)?(?:staff|employees|workers|colleagues|anyone)\s+(?:with\s+"
    r"(?:a\s+)?concerns?\s+)?to\s+(?:speak|talk|contact|raise|reach|come|write)\b[^.;]{0,60}\.?\s*$|"
    r"^\W*we\s+(?:publish|reproduce|print|attach|set\s+out)\s+(?:below\s+)?(?:the|its|their|our|his|her)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}(?:findings|summary|report|text|letter|statement|conclusions)\b[^.;]{0,40}[:.]?\s*$",
    re.IGNORECASE)

_HEADS = (
    # the chair's notice of a paper read out: "Before we start, I shall read into the record a note from ..."
    re.compile(r"^\W*(?:[^:\n\"]{2,50}:\s*)?before\s+we\s+(?:begin|start),?\s+i\s+(?:will|shall|would\s+like\s+to|"
               r"want\s+to)\s+read\s+into\s+the\s+record\s+(?:a|an|the)\s+[^.;:\"]{2,120}\.?\s*$", re.IGNORECASE),
    # a graded finding's number and subject alone: "4.2 Rest days (minor)."
    re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\s+[A-Z][A-Za-z ,&'/-]{1,50}\s*\((?:major|minor|critical|observation|"
               r"good practice|high|medium|low|zero tolerance)[a-z ,-]{0,20}\)\s*\.?\s*$"),
    # a case's caption: "... v. ... (case no. ...)"
    re.compile(r"^[^.;\n]{2,120}\s+(?:v|vs)\.?\s+[^;\n]{2,200}\((?:case|claim|file)\s+(?:no\.?|number)\s*[^)]{1,40}\)\s*\.?\s*$",
               re.IGNORECASE),
    # a memo's head: "To: ...\nFrom: ..."
    re.compile(r"^\W*to\s*:[^\n]{2,160}\n\s*from\s*:[^\n]{2,160}$", re.IGNORECASE),
    # an audit's fields: "Site: ...\nAudit dates: ..."
    re.compile(rf"^\W*{_LABEL_WORDS}\s*:[^\n]{{2,200}}(?:\n[ \t]*{_LABEL_WORDS}\s*:[^\n]{{2,200}})+$", re.IGNORECASE),
    # a sitting's title over its weekday date: "Inquiry into ...\nTuesday, 3 March 2026, at 2.30 p.m."
    re.compile(rf"^[^.!?\n]{{3,200}}\n\s*{_WEEKDAY},?\s+\d{{1,2}}\s+[A-Za-z]+\s+\d{{4}}(?:,?\s+at\s+\d{{1,2}}[.:]\d{{2}}\s*"
               rf"(?:[ap]\.?\s?m\.?)?)?\s*$", re.IGNORECASE),
)


def page_business_line(text: str) -> bool:
    """Is the sentence a line of the page's own business (its funding, contents, order of business, headings)?"""
    stripped = text.strip()
    return _BUSINESS.search(stripped) is not None or page_heading_line(stripped)


def page_heading_line(text: str) -> bool:
    """Is the sentence a heading or field block of the page ("4.2 Rest days (minor).", a case's caption, a memo's
    head), which no cue word in it makes a claim?"""
    stripped = text.strip()
    return any(p.match(stripped) for p in _HEADS)
