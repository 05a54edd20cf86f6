"""The team that wrote a report, on the report's own page: "The auditors did not find evidence that ..." in an
audit summary that an audit firm prepared is the page speaking (the firm's voice), not a group the page quotes
(used by :func:`labourlens.analyse.study_voices.study_pass`, which runs only when the page names its publisher).

The page must say in its heading what kind of report it is ("Social compliance audit summary", "Labour inspection
report", "Assessment findings"), and the team must be the one that kind of report has: auditors or assessors for an
audit or an assessment, inspectors for an inspection, investigators for an investigation, researchers for research.
A news story about an audit ("Auditors clear glove maker") has no such heading, so its auditors stay a source.
Examples are invented."""

from __future__ import annotations

import re

__all__ = ["own_team"]

# the team, definite or first person: "The auditors", "the audit team", "our assessors", "the research team"
_TEAM = re.compile(
    r"^(?:the|our)\s+(?:(?P<kind>audit|assessment|inspection|investigation|research|monitoring|field)\s+team|"
    r"(?P<people>auditors|assessors|inspectors|investigators|researchers|monitors))$", re.IGNORECASE)
# the kind of report a heading names: "... audit summary", "Inspection report", "EXCERPT - Assessment findings"
_HEADING = re.compile(
    r"\b(?P<kind>audit|assessment|inspection|investigation|research|monitoring)\s+(?:summary|report|findings|results|"
    r"excerpt|note|brief|briefing)\b", re.IGNORECASE)
_PEOPLE_KIND = {"auditors": ("audit", "assessment"), "assessors": ("audit", "assessment"), "inspectors": ("inspection",),
                "investigators": ("investigation",), "researchers": ("research",), "monitors": ("monitoring",)}
_TEAM_KIND = {"audit": ("audit", "assessment"), "assessment": ("audit", "assessment"), "inspection": ("inspection",),
              "investigation": ("investigation",), "research": ("research",), "monitoring": ("monitoring",),
              "field": ("research", "monitoring", "investigation")}


def _heading_kinds(text: str) -> set[str]:
    """The kinds of report the page's first three lines name."""
    lines = [ln for ln in text[:600].split("\n") if ln.strip()][:3]
    return {m.group("kind").lower() for ln in lines if len(ln) <= 160 for m in _HEADING.finditer(ln)}


def own_team(wording: str | None, text: str) -> bool:
    """Is ``wording`` the team that wrote the report the page's heading names (see the module's note)?"""
    m = _TEAM.match((wording or "").strip())
    if m is None:
        return False
    kinds = _TEAM_KIND[m.group("kind").lower()] if m.group("kind") else _PEOPLE_KIND[m.group("people").lower()]
    return not _heading_kinds(text).isdisjoint(kinds)
