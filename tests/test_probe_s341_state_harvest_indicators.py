"""Indicators of state-imposed harvest work and of migrant work in Russia (study s341), as a reader maps their
paraphrases onto the ILO indicators: a delivery quota set by an authority, paying someone to take a state
employee's place (abuse of vulnerability); a resignation letter or goods withheld from refusers (intimidation); a work patent or papers taken, controlled or taken
again (retention of identity documents); pay controlled by a go-between (withholding of wages); workers owing the
go-between a sum (debt bondage, not wages withheld); pesticide sprayed over people at work and a cell without food or
toilets (abusive conditions); a police detention is no restriction of movement by an employer. Near misses stay
without the indicator. Every sentence is invented (people and firms fictional, places real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.claims import _match
from labourlens.analyse.hedges import denial_cue, is_hypothetical


def kinds(text: str) -> set[str]:
    if denial_cue(text) is not None or is_hypothetical(text):
        return set()
    return {h.indicator for h in _match(text, 0).hits}


@pytest.mark.parametrize("text,indicator", [
    ("The mahalla handed each household a box of eggs, with instructions to deliver 40 kilograms by June.",
     "abuse_of_vulnerability"),
    ("Those who could not go had to pay a substitute to go instead, usually a retired neighbour.",
     "abuse_of_vulnerability"),
    ("A day labourer earns about 30 manat a day standing in for a teacher on the plantation.",
     "abuse_of_vulnerability"),
    ("Clinic staff who refuse to pick will sign a letter of resignation, the head doctor warned.",
     "intimidation_and_threats"),
    ("Whoever skips the field days will not get coal at the subsidised price, the village elder said.",
     "intimidation_and_threats"),
    ("The foreman took his mobile and his patent on the first night.", "retention_of_identity_documents"),
    ("Their papers came back before the inspection and were taken away again the next morning.",
     "retention_of_identity_documents"),
    ("The packers said a middleman, not the depot, controlled their passports and pay.",
     "retention_of_identity_documents"),
    ("The packers said a middleman, not the depot, controlled their passports and pay.", "withholding_of_wages"),
    ("On arrival the recruiter announced that we each owed him 60,000 rubles towards the bus.", "debt_bondage"),
    ("A plane sprayed herbicide over the workers while they were weeding the beet rows.",
     "abusive_working_and_living_conditions"),
    ("Our cousin spent a day in a cage at the station among twenty strangers and one toilet.",
     "abusive_working_and_living_conditions"),
])
def test_state_harvest_and_migrant_paraphrases(text: str, indicator: str) -> None:
    assert indicator in kinds(text)


@pytest.mark.parametrize("text,indicator", [
    # a debt the workers owe is no wage the employer withholds
    ("On arrival the recruiter announced that we each owed him 60,000 rubles towards the bus.", "withholding_of_wages"),
    ("Then he put the fine on top of what the men already owed them.", "withholding_of_wages"),
    # police holding people after a raid is no employer's confinement
    ("Officers kept the porters for a day in a garage behind the district police station.", "restriction_of_movement"),
    ("None of the detained men was hurt while being taken to the police vans.", "restriction_of_movement"),
    # near misses of the new rules
    ("The firm holds patents on two pharmaceutical compounds that it took over last year.",
     "retention_of_identity_documents"),
    ("The minister submitted a letter of resignation after the audit.", "intimidation_and_threats"),
    # holding a patent is having one; a sum handed in is no delivery quota
    ("Every Uzbek builder the inspectors checked held a valid work patent.", "retention_of_identity_documents"),
    ("Several took out loans at home to pay for their patents and tickets.", "retention_of_identity_documents"),
    ("Each seamstress was told to hand in 900 yuan before the holiday.", "abuse_of_vulnerability"),
])
def test_near_misses_stay_without_the_indicator(text: str, indicator: str) -> None:
    assert indicator not in kinds(text)


def test_nobody_took_the_phones_is_a_denial_not_a_lack_of_phones() -> None:
    assert "isolation" not in kinds("Nobody has confiscated our mobiles here.")
    assert "isolation" in kinds("No one in the hostel has a mobile.")
