"""Probe (s391): cues of agency housing, recorded hours, exit repayments, recall threats and pickers' lodging that
the lexicon missed.

Housing tied to the job (the job and the room offered as one, a tenancy written to end with the employment, a worker
losing the bunk with the job or told to quit the employer's house within days); hours worked beyond what the time
sheets or the register record; a sum to repay on leaving early; a fee handed to an intermediary; slow pickers not
called back and complainers left without a seat; pickers sleeping rough or crowded into a caravan; no work but
through the gangmaster; the last pay held until a sum is paid; the employer choosing who may go out. Near misses: a
company car that comes with a job, a tenancy that ends at the end of a lease, time sheets that match the hours, a
loan repaid on schedule, a scene before residents, a walk in the park, a broker in a house sale, a club's choice.
Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("The foreman at Kessel Foods said the job and the room come together.", "abuse_of_vulnerability"),
    ("Lose the job and you lose the bunk by Friday.", "abuse_of_vulnerability"),
    ("Her lease says the tenancy ends on the day her employment ends.", "abuse_of_vulnerability"),
    ("After the accident the agency told Pavel to leave the hostel within two days.", "abuse_of_vulnerability"),
    ("Packers there say their shifts last ten hours but their timesheets show seven.", "withholding_of_wages"),
    ("The cleaners do 60 hours a week but are registered for 20.", "withholding_of_wages"),
    ("Auditors reported the under-recording of hours worked at two depots.", "withholding_of_wages"),
    ("Staff sign a clause to repay 2,000 pounds if they leave within a year.", "debt_bondage"),
    ("Each man had paid an intermediary in Sofia 300 euros.", "debt_bondage"),
    ("The supervisor said anyone working too slowly would never be called back.", "intimidation_and_threats"),
    ("Complain once and you will find no seat for you on the bus.", "intimidation_and_threats"),
    ("Dozens of grape pickers were sleeping in parks near the station.", "abusive_working_and_living_conditions"),
    ("We were seven people in a caravan built for four.", "abusive_working_and_living_conditions"),
    ("Without the gangmaster we have no job at all.", "abuse_of_vulnerability"),
    ("The coordinator said I would not get my final wage until I repaid the flight.", "debt_bondage"),
    ("The farmer kept the van keys and she decided who could go to the market.", "restriction_of_movement"),
])
def test_cue_found(text: str, indicator: str) -> None:
    assert indicator in _found(text), _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The job and the company car come with a mobile phone.", "abuse_of_vulnerability"),
    ("The tenancy ends in May, when the landlord sells the flat.", "abuse_of_vulnerability"),
    ("Their hours match what the time sheets show.", "withholding_of_wages"),
    ("He repaid the car loan in twelve instalments.", "debt_bondage"),
    ("The supervisor praised the team in front of residents at the open day.", "restriction_of_movement"),
    ("The pickers walked in the park on their day off.", "abusive_working_and_living_conditions"),
    ("Without a broker the sale of the house took longer.", "abuse_of_vulnerability"),
    ("The club committee decided who could go to the final in Leeds.", "restriction_of_movement"),
])
def test_near_miss_not_found(text: str, indicator: str) -> None:
    assert indicator not in _found(text), _found(text)
