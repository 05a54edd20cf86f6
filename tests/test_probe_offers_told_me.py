"""In an interviewee's answer, a promise that a recruiter or an employer made to her ("A broker in Davao told me the
job paid $1,200 a month") is her own account of how she was hired: the broker did not speak to the magazine, so the
answer stays hers. Someone else's foreman telling her what happened to others stays a source of its own. Every text
is written for this test; people are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speakers_by_opening  # noqa: E402

META = {"published": "2026-01-15", "language": "en"}

QA = (
    "The Harbour Review\n\n"
    "'My papers stayed in their drawer'\n\n"
    "Amihan Delos Reyes, 41, looked after two children for a banker's family in Boston from 2022 to 2025. "
    "She spoke to us about her years there.\n\n"
    "How were you hired?\n\n"
    "A broker in Davao told me the job paid $1,200 a month, with two days off. In Boston the employer kept my "
    "passport in the safe and paid me $300.\n\n"
    "Were you ever allowed out?\n\n"
    "Only with the children. I worked sixteen hours a day and never had a day off.\n"
)


def test_a_promise_made_to_the_interviewee_is_her_account() -> None:
    got = speakers_by_opening(QA, width=22, meta=META)
    assert got["A broker in Davao told"] == got["I worked sixteen hours a da"[:22]]
    assert got["A broker in Davao told"][1] == "named_person"
