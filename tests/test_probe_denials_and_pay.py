"""Denials that a practice exists or that conditions are bad, pay that never comes, hours done, papers signed under
pressure, care withheld: in our own wording, with controls."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, polarity_and_indicators

# a report about forced labour around the sentence under test
LEAD2 = LEAD + "The foreman keeps their passports in a safe, a former worker said.\n\n"


def _claim(sentence: str) -> tuple[str, set[str]]:
    return polarity_and_indicators(LEAD2 + sentence, sentence[:25])


@pytest.mark.parametrize("sentence", [
    "A foreign ministry spokesperson said forced labour does not exist in Xinjiang.",
    "The company said there is no forced labour at any of its plants.",
    "The bureau said in a reply that all foreign personnel in the city hold lawful documents and work under normal conditions.",
    'A manager at the compound said the women were "happy and well treated."',
])
def test_a_denial_that_the_practice_exists_or_conditions_are_bad_is_negated(sentence: str) -> None:
    assert _claim(sentence) == ("negated", set())


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Activists say forced labour still exists at the plant.", "abusive_working_and_living_conditions"),
    ("For the first year they earn nothing for themselves.", "withholding_of_wages"),
    ("There is no such thing as a wage for them.", "withholding_of_wages"),
    ("In the season they do sixteen hours.", "excessive_overtime"),
    ("They had to sign a paper saying they came willingly, but they did not.", "deception"),
    ("She was never taken to a doctor after the fall.", "abusive_working_and_living_conditions"),
])
def test_the_practice_told_as_it_is(sentence: str, indicator: str) -> None:
    polarity, found = _claim(sentence)
    assert polarity == "affirmed" and indicator in found


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("They were relieved to be there, because at home they would have earned nothing.", "withholding_of_wages"),
    ("The inspector had seen nothing so far to suggest the workers were recruited abroad.", "withholding_of_wages"),
    ("He was told to sign a paper saying he had left voluntarily.", "deception"),
    ("She did two hours of homework every evening after her shift.", "excessive_overtime"),
])
def test_nothing_earned_elsewhere_or_papers_about_leaving_are_no_evidence(sentence: str, indicator: str) -> None:
    a = analyse(LEAD2 + sentence, META)
    found = {h.indicator for c in a.claims if c.text.startswith(sentence[:25]) for h in c.indicators}
    assert indicator not in found


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The NGO found that the women had been offered supermarket jobs that did not exist.", "deception"),
    ("The women discovered on arrival that the jobs did not exist.", "deception"),
])
def test_promised_things_that_did_not_exist_are_a_lie_not_a_denial(sentence: str, indicator: str) -> None:
    polarity, found = _claim(sentence)
    assert polarity == "affirmed" and indicator in found
