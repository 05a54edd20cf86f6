"""Cues of state-imposed farm work and of migrant sites (probe study307), each in wording written for this test
(people, firms and places other than the set's): money demanded for a hired hand in one's place, pay sent to an
institution, passports gathered or put in a safe, talk by phone forbidden, a resignation demanded, a supply cut for a
shortfall, children at the work with their age told, workers carried standing in a truck, no masks; and the readings
that stay out (an employer's "overtime by choice", a worker free to take his own passport, a museum's photo ban)."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators


@pytest.mark.parametrize("sentence,indicator", [
    ("Nurses who stay behind must pay 80 lari a day for a replacement in their place.", "withholding_of_wages"),
    ("The money for substitute harvesters was gathered in envelopes, and the cash for hired hands was collected by the vice-principal.", "withholding_of_wages"),
    ("The orderlies weigh each sack, but their earnings were paid to the clinic.", "withholding_of_wages"),
    ("The overseer scooped up every Uzbek passport on the first morning.", "retention_of_identity_documents"),
    ("The foreman locked them in the manager's safe until the season was over.", "retention_of_identity_documents"),
    ("The union wrote to the firm demanding that the welders' passports be returned to them.", "retention_of_identity_documents"),
    ("Filming the orchards or talking about the picking on the phone is not allowed.", "isolation"),
    ("If you refuse the trip, write your resignation tonight, the principal told her.", "intimidation_and_threats"),
    ("Three villages had their electricity cut off for falling short of the plan.", "intimidation_and_threats"),
    ("Parents were told their children's diplomas would be withheld if they did not send them.", "intimidation_and_threats"),
    ("Inspectors found girls aged 11 and 12 weaving carpets in a cellar.", "abuse_of_vulnerability"),
    ("Her daughter picks tea alongside the adults from dawn.", "abuse_of_vulnerability"),
    ("Many of the young riders miss three weeks of school days each spring.", "abuse_of_vulnerability"),
    ("Forty of us rode out to the melon fields standing on an open truck.", "abusive_working_and_living_conditions"),
    ("Nobody hands out helmets at the quarry.", "abusive_working_and_living_conditions"),
    ("At the crusher the dust is so thick you cannot see the man next to you.", "abusive_working_and_living_conditions"),
    ("The driver said that if he left the farm he need not come back.", "restriction_of_movement"),
])
def test_cue_is_found(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence,indicator", [
    ("Extra hours are worked by choice and paid at the legal rate, the director wrote.", "excessive_overtime"),
    ("Whoever wants a passport back can take it from the cabinet at any time, the site manager said.", "retention_of_identity_documents"),
])
def test_reading_stays_out(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


@pytest.mark.parametrize("found,guard,indicator", [
    ("Filming the orchards or talking about the picking on the phone is not allowed.",
     "Photographing the frescoes or talking on the phone is forbidden inside the museum.", "isolation"),
    ("Three villages had their electricity cut off for falling short of the plan.",
     "The villagers had their water cut off for three days after a pipe burst.", "intimidation_and_threats"),
    ("The foreman locked them in the manager's safe until the season was over.",
     "The cashier kept the takings in the office safe overnight.", "retention_of_identity_documents"),
])
def test_new_cue_and_what_it_leaves_alone(found: str, guard: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(found)
    assert indicator not in lexicon_indicators(guard)
