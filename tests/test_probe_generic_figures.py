"""Wording of wage surveys, community notices and population figures that the indicator slots once read as abuse:
a wage compared with another place's ("earn 75 per cent of a Shenzhen wage"), pay that rose, people who "live and
work in" a country, a fund that repatriates the bodies of workers who die abroad, money raised for charity. Each
has a control in which the same cue keeps its reading.

Sentences written for this test (fictional people and firms)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import indicators as _indicators  # noqa: E402


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("A fitter from Blagoveshchensk can now earn 70 per cent of a Moscow wage without leaving home.", "withholding_of_wages"),
    ("Workers in sawmills saw wages rise by 4.1 per cent last year.", "withholding_of_wages"),
    ("Around 30,000 Uzbeks live and work in Khabarovsk, most of them on building sites.", "abusive_working_and_living_conditions"),
    ("The diaspora fund pays for the bodies of workers who die abroad to be flown home.", "abusive_working_and_living_conditions"),
    ("The diaspora fund pays for the bodies of workers who die abroad to be flown home.", "intimidation_and_threats"),
    ("The diaspora fund pays for the bodies of workers who die abroad to be flown home.", "debt_bondage"),
    ("The money raised from the raffle will go to the association's fund for sick members.", "withholding_of_wages"),
])
def test_figures_and_notices_are_no_evidence(sentence: str, indicator: str) -> None:
    assert indicator not in _indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The brigade leader took 70 per cent of their wages every month.", "withholding_of_wages"),
    ("The loggers live and work in shipping containers at the cutting site.", "abusive_working_and_living_conditions"),
    ("Two loggers died when a stack of trunks rolled onto their cabin.", "abusive_working_and_living_conditions"),
    ("Workers who complain are sent home at their own cost.", "intimidation_and_threats"),
    ("Each of them paid 3,000 dollars to be sent to Khabarovsk.", "debt_bondage"),
    ("All their wages went to the company's account, the men said.", "withholding_of_wages"),
])
def test_the_same_cues_about_workers_keep_their_reading(sentence: str, indicator: str) -> None:
    assert indicator in _indicators(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The cleaners entered Kuwait on visitor visas and were never given work permits.", True),
    ("The women were brought to Dubai on visit visas and made to work as maids.", True),
    ("The agencies at the fair told visitors that medical tests and visas would be paid by the employers.", False),
])
def test_a_visit_visa_and_the_visitors_of_a_fair(sentence: str, expected: bool) -> None:
    assert ("abuse_of_vulnerability" in _indicators(sentence)) is expected
