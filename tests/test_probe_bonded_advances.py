"""Kinds of wording in reports of debt-bound work that the lexicon missed (knowledge indicators.yaml, the rules
r305_*; analyse.indicator_asides): a sum handed over as an advance and families bound by advances (an advance alone
is not: other reports tell of advances for the journey), money taken from the one the worker works for, interest
on it; the season's pay kept till the end; pay held back or a relative kept behind so that workers stay; talk with
outsiders or calls home forbidden; the promised sum threatened, men sent to the home, land taken if the worker
goes; the workers' cards held by the boss's side and the passes they need kept; and an account that follows a
source's plea for anonymity keeps its cues. Sentences written for this test; people, firms and places are fictional."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators

_CASES = [
    ("Last spring a recruiter handed my aunt 35,000 taka as an advance.", "debt_bondage"),
    ("Most households in Kelampur stay tied to advances that nobody can repay.", "debt_bondage"),
    ("I took fifty thousand rupees from the workshop owner.", "debt_bondage"),
    ("The couple said they took Rs 40,000 from a broker in their village in March.", "debt_bondage"),
    ("The jobbers take six per cent a week on every advance they give.", "debt_bondage"),
    ("Nothing reaches my hand, since I keep paying interest to Mr Baskar.", "debt_bondage"),
    ("The landlord keeps a whole year of wages until the fields are cleared.", "withholding_of_wages"),
    ("The packhouse withholds a month of earnings to prevent the pickers from leaving early.",
     "restriction_of_movement"),
    ("He said they could go only if one of them stayed behind.", "restriction_of_movement"),
    ("The kiln manager would not let the brothers travel to their village for a funeral.", "restriction_of_movement"),
    ("The owner's cousin lives at the gate.", "restriction_of_movement"),
    ("The supervisor forbade the girls to speak with us during the visit.", "isolation"),
    ("She was not allowed to visit the market or to phone her mother.", "isolation"),
    ("If we refused, the warden shouted that our bonus would be cut.", "intimidation_and_threats"),
    ("Should anyone quit, the jobber said, he will send men to our village.", "intimidation_and_threats"),
    ("The boys were warned that if they went to the town, the zamindar would seize the plot their family tills.",
     "intimidation_and_threats"),
    ("Ration cards of the labourers stayed in the hands of the contractor's clerk.", "retention_of_identity_documents"),
    ("The boat operator held the work passes the crew needed at the harbour checkpoint.",
     "retention_of_identity_documents"),
    ("A porter told us on the promise of anonymity that a supervisor had hit him.", "physical_and_sexual_violence"),
    ("A picker speaking on condition of anonymity said the foreman beat them.", "physical_and_sexual_violence"),
]


@pytest.mark.parametrize(("sentence", "indicator"), _CASES)
def test_wording_gives_indicator(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The firm paid the fee in advance.",
    "Technology has advanced and the firm took an advanced course.",
    "The central bank raised interest rates again in May.",
    "The team gave advance notice of the visit.",
    "Each recruit received an advance of Rs 5,000 for the journey.",
])
def test_ordinary_wording_gives_none(sentence: str) -> None:
    assert not ({"debt_bondage", "intimidation_and_threats"} & lexicon_indicators(sentence))
