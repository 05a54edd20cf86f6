"""Study 348 (artisanal and industrial mining for the energy transition): paraphrases a reader maps onto the ILO
indicators (knowledge/indicators.yaml, rules ``s348_*``, and the identity-paper word class): children at pits and
washing sites, a household's hunger as the price of a day off, no fare home, the place in a team lost by whoever stops or complains, pay put off until the ore comes back, a month's wages held as a
deposit, a loan repaid in labour or with a share of each sack, crawling into narrow tunnels, a camp's water cut for
days, a shift from one morning to the next, and Zambian registration cards kept. With near misses that must stay
clear. Every sentence is written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.claims import _match
from labourlens.analyse.hedges import denial_cue, is_hypothetical


def claim_indicators(text: str) -> set[str]:
    if denial_cue(text) is not None or is_hypothetical(text):
        return set()
    return {h.indicator for h in _match(text, 0).hits}


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("On Tuesday we counted about twenty children in the largest pit of the concession.", "abuse_of_vulnerability"),
        ("A few girls were squatting at the washing ponds with their mothers.", "abuse_of_vulnerability"),
        ("If I miss a day at the pit, my sisters go hungry, the widow explained.", "abuse_of_vulnerability"),
        ("He is stuck in the camp because he cannot afford the bus fare back to his village.", "abuse_of_vulnerability"),
        ("If we complain, the gang boss gives our places to newcomers from the valley.", "intimidation_and_threats"),
        ("The trader promised to pay us once the seam was rich again, and we are still waiting.", "withholding_of_wages"),
        ("The agency holds a month's wages from each recruit as a security deposit.", "withholding_of_wages"),
        ("The family is repaying the sponsor in ore, a sack at a time.", "debt_bondage"),
        ("Every Friday the diggers surrender half of each bag to the depot buyer until they are done.", "debt_bondage"),
        ("Smaller boys wriggle through narrow holes to reach the richer seam.", "abusive_working_and_living_conditions"),
        ("Drinking water at the hostel was cut off for three days in the dry season.",
         "abusive_working_and_living_conditions"),
        ("The gang went underground at daybreak and only climbed out the following morning.", "excessive_overtime"),
        ("The foreman locked their NRC cards in a drawer until the contract ended.",
         "retention_of_identity_documents"),
    ],
)
def test_mining_paraphrases(text: str, indicator: str) -> None:
    assert indicator in claim_indicators(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a school visit, and children living near a mine who breathe its dust, are no child labour
        ("Pupils on a school trip toured the old pit with their teachers.", "abuse_of_vulnerability"),
        ("Children who live beside the quarry breathe its dust, a nurse said.", "abuse_of_vulnerability"),
        # pay that rises and falls with the catch is a share, not pay put off
        ("The skipper pays the deckhands more when the catch is good and less when it is poor.", "withholding_of_wages"),
        # a tax paid when prices recover withholds no one's wages
        ("The cooperative will pay its taxes when the prices recover.", "withholding_of_wages"),
        # a bus fare short is no withheld pay
        ("He has no money for a bus fare this week.", "withholding_of_wages"),
        # bank cards kept by a bank are no identity papers held
        ("A bank kept the cards of two clients who had lost their PIN.", "retention_of_identity_documents"),
    ],
)
def test_near_misses_stay_clear(text: str, indicator: str) -> None:
    assert indicator not in claim_indicators(text)
