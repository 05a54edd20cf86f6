"""A helpline's own yearly report counts its callers: its numbered findings are the body's voice.

An advice line that says in its findings how many calls it took ("The advice line answered 2,210 calls from 960 care
workers") has its own sample; its numbered points that count those callers ("Of the carers who spoke to us about
rent, 150 said ...", "204 callers said ...", "Callers who had quit described ...") and a point's later counts after a
sentence in the body's own words ("Eighty carers said ...", "Many said ...") are the report counting, not groups of
workers speaking. One worker quoted in a point still speaks for herself. Every text is written for this test; the
charity, people and figures are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speakers_by_opening  # noqa: E402

META = {"published": "2026-02-20", "language": "en"}

REPORT = (
    "CARELINE CYMRU\n"
    "Advice Line Review 2025\n\n"
    "Introduction\n\n"
    "Last year more live-in carers rang us than ever before. This review gives an account of what they said.\n\n"
    "Main findings\n\n"
    "1. The advice line answered 2,210 calls from 960 live-in care workers during 2025, against 1,700 calls "
    "the year before.\n\n"
    "2. Of the carers who spoke to us about rest breaks, 233 said they were on duty for more than 15 hours a day.\n\n"
    "3. 204 callers said an agency or employer was holding their passport. Most had asked for it back and been "
    "refused.\n\n"
    "4. The typical sum of unpaid wages we recorded was £8,900 per carer. Eighty carers said their wages were paid "
    "to a recruiter in their home country.\n\n"
    "5. A third of callers held sponsored visas. Many said they could go out only with "
    "a family member.\n\n"
    "6. Callers who had quit their jobs often described sleeping on a sofa in the living room. A carer from Ghana "
    "said her wages had stopped seven months earlier.\n\n"
    "Helpline: 0800 000 0000\n"
)


@pytest.mark.parametrize("opening", [
    "Of the carers who spoke to",
    "204 callers said an agency",
    "Eighty carers said their wa",
    "Many said they could go out",
    "Callers who had quit their",
])
def test_the_helplines_counts_are_its_own_voice(opening: str) -> None:
    got = speakers_by_opening(REPORT, width=len(opening), meta=META)
    assert got[opening][1] in (None, "outlet", "organization"), got[opening]


def test_one_worker_in_a_point_speaks_for_herself() -> None:
    got = speakers_by_opening(REPORT, width=20, meta=META)
    assert got["A carer from Ghana s"][1] == "anonymous_source"
