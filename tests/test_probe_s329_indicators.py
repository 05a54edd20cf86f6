"""Probe s329: how South America's rescue reports word the indicators (knowledge indicators.yaml, rules ``s329_*``).

* debt bondage: the worker's costs written up on the employer's account, work gear charged to the worker, pay that
  goes to the fare;
* withholding of wages: pay put off to a reckoning when the season closes;
* restriction of movement: let out alone a counted few times; isolation: a worker who never learned where the flat she
  worked in stood; abusive conditions: electrical fires in the workshop; intimidation: a gun named before as
  "it" fired in the air.

Each cue has a near miss that stays quiet (a lawsuit settled at the end of a month, forest fires, a fire told as news, gear
the workers paid for, inspectors who had no address). Texts written for this test; people and firms are invented (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators


@pytest.mark.parametrize("sentence,indicator", [
    ("Each picker found the boots and the rice entered in his account.", "debt_bondage"),
    ("The cutters were charged for the machetes and helmets they used.", "debt_bondage"),
    ("What the boys earn in the first season goes almost entirely to the fare.", "debt_bondage"),
    ("The gang boss told us we would square up when the season ends.", "withholding_of_wages"),
    ("In eight months she was let out alone twice.", "restriction_of_movement"),
    ("She said she never learned the address of the flat in which she sewed.", "isolation"),
    ("Electrical fires had broken out twice in the sewing rooms.", "abusive_working_and_living_conditions"),
    ("The foreman took out his revolver and fired it in the air.", "intimidation_and_threats"),
])
def test_cue(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence,indicator", [
    ("The firm agreed to settle the lawsuit by the close of March.", "withholding_of_wages"),
    ("Forest fires broke out near the farm last August.", "abusive_working_and_living_conditions"),
    # a fire reported as an event is news of a fire, not a condition of the workshop; gear paid for is no debt
    ("A blaze started overnight in a hostel for seasonal builders, the fire service said.", "abusive_working_and_living_conditions"),
    ("The pickers had to pay for their own gloves and boots.", "debt_bondage"),
    ("Inspectors had no address for the farm until a worker called them.", "isolation"),
])
def test_near_miss(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)
