"""Unverified notes and denials of short clipped excerpts (probe diag45): "We have not been able to see his pay
records", "We have not checked these reports ourselves" are the writer's could-not-verify notes (but not "we have
not been able to see the workers"); an employer's or a state's denial in its own words ("there have been no
breaches of labour law", "does not hold any worker's passport", "never held back a single ruble", "no national of X
holds a work permit", "No worker has been stopped from going home", "he is not locked anywhere") is a denial.
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import denial_cue, is_unconfirmed


@pytest.mark.parametrize("text,expected", [
    ("We have not been able to see Ms. Rahimova's payslips.", True),
    ("The paper has not yet been able to examine the company's contracts.", True),
    ("We have not checked these accounts ourselves.", True),
    ("We have not been able to see the workers since March.", False),
    ("The guards have not checked their passports.", False),
])
def test_writer_has_not_seen_the_records(text: str, expected: bool) -> None:
    assert is_unconfirmed(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("The developer said there have been no breaches of labour law at the yard.", True),
    ("The factory said it does not hold any worker's passport.", True),
    ("The manager said the firm has never held back a single dinar from the crews.", True),
    ("The ministry said no national of the DPRK holds a work permit in the country.", True),
    ("No worker has been prevented from leaving the camp, the manager said.", True),
    ("He is not locked anywhere, he can go out.", True),
    ("Inspectors found breaches of labour law at the yard.", False),
    ("The foreman holds every worker's passport.", False),
    ("The workers were locked in at night.", False),
])
def test_denials_in_their_own_words(text: str, expected: bool) -> None:
    assert (denial_cue(text) is not None) is expected
