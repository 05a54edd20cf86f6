"""Indicator cues of short clipped excerpts (probe diag45): threats to hand a worker to the police or immigration,
workers with intellectual disabilities, nobody may leave before the work is done, what a worker forfeits by
leaving early, "received no pay", women workers touched by a supervisor, papers "safer" with the boss or found in
a safe, an exit permit withheld, kept until the debt is paid, afraid to go to the police, ordered onto night
shifts; and the negative controls ("No worker
has been stopped from going home", "No worker will go home empty-handed", "between four and five months' pay").
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.worktime import long_hours


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text,expected", [
    ("The owner says if I ask for another job, he will report that I ran away.",
     {"intimidation_and_threats", "abuse_of_vulnerability"}),
    ("She said if the women complained, the agent would call immigration and they would be deported.",
     {"intimidation_and_threats", "abuse_of_vulnerability"}),
    ("My employer told me that if I ran away, the police would arrest me for being illegal.",
     {"intimidation_and_threats", "abuse_of_vulnerability"}),
    ("Police freed 11 men, three of whom have intellectual disabilities, from a farm.", {"abuse_of_vulnerability"}),
    ("The foreman said nobody leaves the field until the last row is picked.", {"restriction_of_movement"}),
    ("The cooks were told they would lose their deposit and their ticket home if they quit before the end of the "
     "contract.", {"restriction_of_movement"}),
    ("Most of the loggers have received no wages since March.", {"withholding_of_wages"}),
    ("A shift leader touches the women workers and laughs about it, two seamstresses said.",
     {"physical_and_sexual_violence"}),
    ("The agent said our passports would be safer with him.", {"retention_of_identity_documents"}),
    ("Labour inspectors found the passports of 30 welders in a locked cabinet at the yard.",
     {"retention_of_identity_documents"}),
    ("His sponsor refused to sign the exit visa until he paid for a replacement.", {"restriction_of_movement"}),
    ("The boys are held at the mine until their debts are paid off.", {"restriction_of_movement"}),
    ("With her visa expired, she is afraid to go to the police.", {"abuse_of_vulnerability"}),
    ("The seamstresses were ordered onto double shifts before the holiday.", {"excessive_overtime"}),
    ("In May he paid us nothing, because the hostel and the transport were taken out.", {"withholding_of_wages"}),
])
def test_new_cues(text: str, expected: set[str]) -> None:
    assert expected <= _kinds(text)


@pytest.mark.parametrize("text,absent", [
    ("If workers are cheated, they can report it to the police, the ministry said.", "abuse_of_vulnerability"),
    ("Police arrested two illegal loggers in the forest on Monday.", "abuse_of_vulnerability"),
    ("No worker has been stopped from going home, the manager said.", "restriction_of_movement"),
    ("No worker will go home for the holiday empty-handed, the official said.", "restriction_of_movement"),
    ("We keep in touch with the women workers by phone.", "physical_and_sexual_violence"),
    ("The union said it received no reply from the company.", "withholding_of_wages"),
    ("Police found stolen phones in a safe at the market.", "retention_of_identity_documents"),
    ("She said she was afraid of spiders in the dormitory.", "abuse_of_vulnerability"),
    ("The cook said the food was taken out of the fridge at noon.", "withholding_of_wages"),
])
def test_controls(text: str, absent: str) -> None:
    assert absent not in _kinds(text)


def test_never_home_still_restriction() -> None:
    assert "restriction_of_movement" in _kinds("The men have never gone home in three years.")


def test_count_of_months_is_no_clock_span() -> None:
    assert long_hours("The masons said they were owed between four and five months' pay.") == []
    assert long_hours("They worked between eight and ten hours.") == [(30, 39, 10.0)]  # the hours, not 8 to 10 o'clock
    spans = long_hours("They worked from six in the morning to eleven at night.")
    assert spans and spans[0][2] == 17.0
