"""Probes (session 40, from heldout400's speaker misses): in a committee record, a turn labelled with a vice
minister's rank and name ("Vice Minister Lee Min-ho: ...") is that official's, like "Deputy Minister ...:" already
was. Near misses: a member's turn stays the member's, and "Vice Minister" inside a sentence is no turn label. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker

_RECORD = """Committee on Maritime Affairs
Minutes of the meeting, 3 March 2026 (extract)

Rep. Yoon Ga-eun: Minister, fishers on the western islands told my office that their skippers took their passports. Does the ministry know?

Vice Minister Lee Min-ho: We have had some complaints. Our inspections of 200 boats found that employers held passports in nine cases.

Rep. Yoon Ga-eun: Workers also say they were not paid for four months.

Chair: Time is up; next item, please.
"""

_META = {"published": "2026-03-03", "language": "en"}


def test_a_vice_ministers_turn_is_his() -> None:
    assert speaker(_RECORD, "held passports in nine cases", _META)[:2] == ("Vice Minister Lee Min-ho", "official")


def test_a_members_turn_stays_hers() -> None:
    assert speaker(_RECORD, "took their passports", _META)[0] != "Vice Minister Lee Min-ho"
    assert speaker(_RECORD, "not paid for four months", _META)[0] != "Vice Minister Lee Min-ho"
