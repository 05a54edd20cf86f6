"""Conditions and losses told in a few plain words (a study of s41 on a held-out set; every sentence here is written for
this test, with fictional people): a worker who left without her card or booklet (``retention_of_identity_documents``),
water drunk from an irrigation channel or a drum and beds beside farm chemicals (``abusive_working_and_living_conditions``),
people counted who never went to school (``abuse_of_vulnerability``), and months of work that brought home almost
nothing (``withholding_of_wages``). Near misses keep none of them: a bank card left behind, a plant near a village, a
visit home with friends."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("She quit after nine weeks without her card.", "retention_of_identity_documents"),
    ("The cutters fled at night without their booklets.", "retention_of_identity_documents"),
    ("The crew was drinking from an irrigation ditch behind the shed.", "abusive_working_and_living_conditions"),
    ("Their hammocks hung beside sacks of fertiliser.", "abusive_working_and_living_conditions"),
    ("Nearly a third had never attended school.", "abuse_of_vulnerability"),
    ("He returned with 150 soles for five months of cutting.", "withholding_of_wages"),
])
def test_positives(text: str, indicator: str) -> None:
    assert indicator in _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("He left the bank without his card.", "retention_of_identity_documents"),
    ("The village sits near a fertiliser plant.", "abusive_working_and_living_conditions"),
    ("She came home with two friends for a week of holidays.", "withholding_of_wages"),
])
def test_near_misses(text: str, indicator: str) -> None:
    assert indicator not in _found(text)
