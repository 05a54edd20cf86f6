"""Denials in the words of officials and companies: "the so-called situation does not exist", "not a
single citizen of the DPRK is employed", "no foreign workers were found", '"no evidence" of',
"this is a rumour", "groups keep fabricating stories". And what stays affirmed: a worker's "rest days
do not exist for us", "no wages were found in the ledger". Texts are invented for the tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges


@pytest.mark.parametrize("sentence", [
    "The so-called situation described in the report does not exist.",
    "Such a problem does not exist in our province.",
    "Not a single citizen of the DPRK is employed in logging in the district.",
    "Inspectors said no foreign workers without permits were found at the camps.",
    'The member state said it had "no evidence" of such workers on its territory.',
    '"This is a rumour," the receptionist said.',
    "The reports are nothing but lies, the embassy said.",
    "Certain groups keep fabricating stories to smear the company.",
])
def test_official_and_company_denials(sentence: str) -> None:
    assert hedges.denial_cue(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Rest days do not exist for us, one welder said.",
    "No wages were found in the ledger for March.",
    "The men were told that the jobs in Moscow did not exist.",
])
def test_negative_facts_about_workers_are_no_denials(sentence: str) -> None:
    assert hedges.denial_cue(sentence) is None
