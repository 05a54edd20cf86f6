"""Cue words in other senses, and pages of other kinds that name the field's words (a call for papers, a job
advertisement, an association's annual meeting): texts invented for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-01", "language": "en"}


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize("text, indicator", [
    # a wage paid into the worker's own account, after legal advice
    ("The shipyard said it had taken legal advice and would pay each welder's salary into a bank account in his name.",
     "withholding_of_wages"),
    # the keys of a building, not the workers' money
    ("The caretaker, who keeps the keys to everything, opens the hostel at six.", "withholding_of_wages"),
    # money and trade watched, not people
    ("Remittances from the Gulf to Kerala are closely watched by the central bank.", "restriction_of_movement"),
])
def test_a_cue_word_in_another_sense_is_no_indicator(text: str, indicator: str):
    assert indicator not in _found(text)


@pytest.mark.parametrize("text, indicator", [
    ("The foreman took everything they earned and kept it in his car.", "withholding_of_wages"),
    ("The women were closely watched by two minders whenever they left the dormitory.", "restriction_of_movement"),
    ("Their salaries were paid on their behalf to the agency in Dhaka.", "withholding_of_wages"),
])
def test_the_cues_still_read_their_own_sense(text: str, indicator: str):
    assert indicator in _found(text)


CALL = """Call for papers: Labour, Mobility and Law in Asia (Seoul, 12-13 October 2026)

We invite papers on migrant labour, recruitment, debt, documents and the law in Asia. Topics may include recruitment fees and debt bondage, the retention of identity documents, wage protection systems, forced labour import bans and due diligence laws. Abstracts of up to 300 words are due by 30 June. Travel grants of up to $800 are available for early-career researchers. Selected papers will appear in a special issue.
"""


def test_a_call_for_papers_on_forced_labour_topics_gets_no_claims():
    assert analyse(CALL, META).claims == []


VACANCY = """Vacancy: Research Officer (Korean-English), Seoul

The Border Labour Observatory is looking for a research officer to join its team in Seoul. The post holder will interview former overseas workers, code testimonies on wages, debts, documents and working hours, and help prepare our annual report. Fluent Korean and English are required. The salary is KRW 42 million a year, with 15 days of paid leave. Apply by 20 June with a CV and a cover letter. Only shortlisted candidates will be contacted.
"""

MEETING = """Recruitment agencies' association holds annual meeting in Kathmandu

The Federation of Overseas Employment Agencies held its annual general meeting in Kathmandu on Saturday, electing a new board and approving its accounts. Members discussed the government's zero-cost migration policy, delays in labour permits for Malaysia and Japan, and rising air fares. The outgoing president, Suresh Adhikari, said the sector had sent 460,000 workers abroad last year and urged faster approvals. Membership fees will rise to NPR 25,000 a year.
"""


@pytest.mark.parametrize("text", [VACANCY, MEETING])
def test_a_job_advertisement_or_an_annual_meeting_gets_no_claims(text: str):
    assert analyse(text, META).claims == []
