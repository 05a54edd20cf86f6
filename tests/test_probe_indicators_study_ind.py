"""Probes for the indicator study of four diagnosis sets (study-ind): papers kept by their own holder, a payer's
account of its deductions and of arrears settled in full, a regulator whose name holds an abuse word, and the terms a
recruiter told a worker. Every text here is written for the test (fictional people, firms and places)."""

from __future__ import annotations

import pytest

from labourlens.model import INDICATORS
from probe_helpers import indicators, lexicon_indicators

RETENTION = "retention_of_identity_documents"
WAGES = "withholding_of_wages"
VIOLENCE = "physical_and_sexual_violence"
DECEPTION = "deception"
# the conditions indicator, looked up rather than spelt out
CONDITIONS = next(i for i in INDICATORS if i.startswith("abusive_"))


@pytest.mark.parametrize("sentence", [
    "The ruling notes that the applicant kept his passport himself during the two seasons he spent at the orchard.",
    "The tribunal found that Mr Okafor kept his passport and residence card throughout the placement.",
    ("Two of the welders asked us to keep their passports during the night shifts, and both had them back the "
     "moment they wanted."),
    "The skipper said travel documents stay in the galley safe, and any deckhand can have his papers back on request.",
])
def test_papers_held_by_their_owner_are_no_retention(sentence: str) -> None:
    assert RETENTION not in lexicon_indicators(sentence)
    # papers kept by the boss stay retention
    assert RETENTION in lexicon_indicators("The overseer kept her passport throughout the placement.")
    assert RETENTION in lexicon_indicators("The landlord held on to the passports, locked in a drawer at his office.")


@pytest.mark.parametrize("sentence", [
    "The bakery said the deductions were for safety boots that each baker keeps.",
    "Northmoor Catering said all deductions complied with the collective agreement.",
    "The hotel group has since paid the wage arrears and interest in full.",
    "Harlow Fisheries says all its filleters have now received 100% of their back pay.",
])
def test_payers_account_of_its_pay_is_no_withholding(sentence: str) -> None:
    assert WAGES not in lexicon_indicators(sentence)
    # deductions still count when nothing excuses them
    assert WAGES in lexicon_indicators("The bakery deducted 40 euros a week from each baker's wages for a bunk.")


def test_regulator_named_for_abuse_is_no_violence() -> None:
    sentence = "Officers from the Seasonal Labour Abuse Authority visited three packhouses in Rathcoole on Monday."
    assert VIOLENCE not in indicators(sentence)


def test_stock_reply_on_allegations_is_no_violence() -> None:
    sentence = "A spokeswoman for the dairy said it treats any allegations of mistreatment with care and would review the rota."
    assert VIOLENCE not in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The agent in Butwal told me it was laundry work at 1,450 dirhams a month.",
    "They told him bakery, 900 riyals.",
    "They told me 2,100 euros a month.",
    "The recruiter in Iloilo told us all our costs will be met by the sponsor.",
    "She was promised that the sponsor covers every cost, from visa to airfare.",
])
def test_terms_a_recruiter_told_are_deception(sentence: str) -> None:
    assert DECEPTION in lexicon_indicators(sentence)
    # what workers tell a reporter is no deception
    assert DECEPTION not in lexicon_indicators("They told us they earn 800 riyals a month.")
    assert DECEPTION not in lexicon_indicators("The welders told the paper no wages had reached them since March.")


@pytest.mark.parametrize("sentence", [
    "The gang phoned her parents in Kassala each week and beat her while they listened, asking for 8,000 dollars.",
    "The smugglers whipped Dawit while his sister was on the phone from Gondar, then named their price.",
])
def test_beating_staged_for_kin_on_the_phone_is_a_threat_not_isolation(sentence: str) -> None:
    found = lexicon_indicators(sentence)
    assert "intimidation_and_threats" in found
    assert "isolation" not in found
    # calls overheard by a minder stay isolation
    assert "isolation" in lexicon_indicators("The supervisor listens to every call the women make to their families.")


def test_rent_taken_from_pay_is_no_debt_repayment() -> None:
    sentence = "Three dishwashers rent a room from the manager, and 45 pounds a week is recouped from their pay."
    assert "debt_bondage" not in lexicon_indicators(sentence)
    assert "debt_bondage" in lexicon_indicators("The loan for the flights was repaid from their wages over a year.")



def test_sleeping_crowded_is_no_lack_of_rest() -> None:
    assert "excessive_overtime" not in lexicon_indicators("Cleaners should not have to share a room with five others.")
    assert "excessive_overtime" in lexicon_indicators("They barely sleep four hours a night.")


def test_an_agency_vehicle_taking_workers_is_no_charge() -> None:
    assert "debt_bondage" not in lexicon_indicators("The agency minibus takes us to the depot at four.")
    assert "debt_bondage" in lexicon_indicators("The agency charged each of us 900 euros.")


def test_money_paid_to_a_broker_for_a_permit_is_no_wage_handed_over() -> None:
    assert WAGES not in lexicon_indicators("Her brother paid €1,800 to a middleman from Kairouan for a seasonal permit.")
    assert WAGES in lexicon_indicators("The men paid their wages to the foreman.")


def test_word_model_gives_no_withheld_pay_to_a_debt_repaid_from_pay() -> None:
    from labourlens.analyse import indicator_model  # noqa: PLC0415 - only this probe reads the word model

    text = "After landing in Turin, the women have to repay the balance from monthly earnings of roughly 700 euros."
    assert WAGES in indicator_model.vetoed(text)
    assert {h.indicator for h in indicator_model.hits(text, 0, set(), True)} <= {"debt_bondage"}



def test_papers_in_a_locked_box_confine_no_one() -> None:
    sentence = ("The site foreman collected the roofers' passports on their first day; he kept them in a padlocked toolbox in "
                "his van.")
    assert lexicon_indicators(sentence) == {RETENTION}
    assert "restriction_of_movement" in lexicon_indicators("The cooks were locked inside the kitchen overnight.")


def test_a_pen_to_write_with_is_no_confinement() -> None:
    assert "restriction_of_movement" not in lexicon_indicators("She only found out at the depot, holding a pen over the form.")
    assert "restriction_of_movement" in lexicon_indicators("The women were penned in a yard.")


def test_told_off_in_front_of_colleagues_is_no_minder() -> None:
    sentence = "The supervisor warned him in front of the whole crew that anybody walking out would lose the deposit."
    assert "restriction_of_movement" not in lexicon_indicators(sentence)
    assert "restriction_of_movement" in lexicon_indicators("The guard follows them everywhere.")


def test_paying_no_fee_for_a_place_is_no_unpaid_wage() -> None:
    assert WAGES not in lexicon_indicators("Her nephew paid nothing for a spot on the picking team.")
    assert WAGES in lexicon_indicators("They were paid nothing for their work.")


def test_slavery_named_as_an_offence_or_denied_is_no_condition() -> None:
    assert CONDITIONS not in lexicon_indicators(
        "The herder and his son were charged under the anti-slavery law of 2015 with keeping a family in bondage.")
    assert CONDITIONS not in lexicon_indicators(
        "The governor's report holds that in this province slavery survives only in its after-effects.")
    assert CONDITIONS in lexicon_indicators("Workers were held in slavery on the ranch for a decade.")


def test_kin_fined_is_no_wage_docked() -> None:
    assert WAGES not in lexicon_indicators("Wives of the absent conscripts were fined 20,000 nakfa.")
    assert WAGES in lexicon_indicators("Workers were fined a day's pay for talking.")


def test_ore_crushed_is_no_injury() -> None:
    assert CONDITIONS not in lexicon_indicators(
        "Boys were paid a handful of flour for every twenty sacks of ore crushed.")
    assert CONDITIONS in lexicon_indicators("His hand was crushed in the press.")


@pytest.mark.parametrize("sentence", [
    "The women were held in a farmhouse near Sabha until their relatives paid 3,000 dollars each.",
    "Eritreans made up most of those kept for ransom at the warehouse near Kufra.",
])
def test_held_until_kin_pay_is_a_threat(sentence: str) -> None:
    assert "intimidation_and_threats" in lexicon_indicators(sentence)


def test_word_model_gives_no_withheld_pay_to_a_ransom() -> None:
    from labourlens.analyse import indicator_model  # noqa: PLC0415 - only this probe reads the word model

    assert WAGES in indicator_model.vetoed("The gang says his family must send 2,000 dollars or he stays in the shed.")
