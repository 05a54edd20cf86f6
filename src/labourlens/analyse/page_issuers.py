"""The outlet of a page that names its issuer in shapes the masthead and statement cues do not read (extractor
``page_issuers.v1``), for :func:`labourlens.analyse.statement_issuers.issuer`, asked only when nothing else named one:

- a state body with its region after a comma, on a line of its own above a press release ("Main Directorate for
  Migration Affairs, Novosibirsk Oblast" over "Press release, 4 June 2026"): the whole line;
- a court's name in capitals over the summary its press service prepared ("ZEYA DISTRICT COURT" over "Summary of
  decision ... (prepared by the court press service)"): the court, in title case;
- (s38) a periodical's name before a dash and what it is ("ROADS — a magazine for workers abroad"): the periodical;
- a channel's name before a dash and a description of a channel or community on the first line ("Dostlik Online —
  community channel for Uzbeks in Kazan"): the channel.

Examples are invented."""

from __future__ import annotations

import re

__all__ = ["EXTRACTOR", "page_issuer"]

EXTRACTOR = "page_issuers.v1"

_STATE_BODY_LINE = re.compile(
    r"^(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}(?:Directorate|Ministry|Department|Inspectorate|Administration|Service|Agency|"
    r"Committee)\b[^\n,]{0,80},[ \t]*[A-Z][^\n,;:]{2,80}$")
_RELEASE_LINE = re.compile(r"^(?:Press|News|Media)[ \t]+(?:release|statement)\b", re.IGNORECASE)
_COURT_CAPS = re.compile(r"^[A-Z][A-Z' -]{2,60}[ \t]COURT(?:[ \t]+OF[ \t]+[A-Z][A-Z' -]{2,40})?$")
_COURT_SUMMARY = re.compile(r"\b(?:[Ss]ummary[ \t]+of[ \t]+(?:the[ \t]+)?(?:decision|judgment|judgement|ruling|verdict)|"
                            r"court['\u2019]?s?[ \t]+press[ \t]+service)\b")
_CHANNEL_LINE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,4})[ \t]+[\u2014\u2013-][ \t]+[^\n]{0,60}?"
    r"\b(?:channel|community[ \t]+page|community[ \t]+group|public[ \t]+page)\b")
# (s38) a periodical's name before a dash and what it is on the first line ("ROADS — a magazine for workers abroad",
# "Kettle Weekly - the newspaper of the Port Workers' Union"): the periodical
_PERIODICAL_LINE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3})[ \t]+[\u2014\u2013-][ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w'\u2019-]+[ \t]+){0,2}(?:magazine|newspaper|weekly|monthly|journal|newsletter|bulletin|quarterly)\b")
_SMALL = frozenset({"of", "for", "and", "the", "on", "in"})


def _title_case(caps: str) -> str:
    words = caps.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def page_issuer(text: str) -> tuple[str | None, str | None]:
    """(issuer, cue) of the page in one of the shapes above, or (None, None)."""
    lines = [ln.strip() for ln in text[:800].splitlines() if ln.strip()][:4]
    if not lines:
        return None, None
    if len(lines) > 1 and _RELEASE_LINE.match(lines[1]) and _STATE_BODY_LINE.match(lines[0]):
        return lines[0], "issuer of a press release"
    if _COURT_CAPS.match(lines[0]) and any(_COURT_SUMMARY.search(ln) for ln in lines[1:3]):
        return _title_case(lines[0]), "court's own summary"
    m = _CHANNEL_LINE.match(lines[0])
    if m is not None:
        return m.group("name"), "channel masthead"
    m = _PERIODICAL_LINE.match(lines[0])
    if m is not None:
        name = m.group("name")
        return (_title_case(name) if name.isupper() else name), "periodical masthead"
    return None, None
