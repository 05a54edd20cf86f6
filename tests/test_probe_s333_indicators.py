"""Probes (s333): forced labour in the Horn, the Sahel and Libya read as the ILO indicators. People handed, lent or hired
out to a firm or farmer, service since childhood, girls bought or paid for, service without release (abuse of
vulnerability); a gun at the gate, who cannot pay stays, beaten for trying to flee, migrants detained (restriction of
movement); a compound guarded by gunmen, beatings while the family is on the phone (threats); papers hidden or held
(retention of documents); pay routed to the army, pay that went to the boss, pay in grain (withholding of wages); free
to go once the debt is paid, repayments deducted (debt bondage); burned with a hot iron (violence); one meal of rice a
day (conditions). Near misses stay clear. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


def test_people_handed_to_firms_are_abuse_of_vulnerability() -> None:
    assert "abuse_of_vulnerability" in _kinds("The battalion lent sixty recruits to a quarry company near Keren.")
    assert "abuse_of_vulnerability" in _kinds("Men whose relatives sent nothing were hired out to a landowner outside Sabha.")
    assert "abuse_of_vulnerability" in _kinds("In the end the guards gave them to a farmer by the river.")


def test_near_miss_money_lent_to_a_firm_is_no_abuse() -> None:
    assert "abuse_of_vulnerability" not in _kinds("The bank lent money to the company for a new kiln.")
    assert "abuse_of_vulnerability" not in _kinds("The contract was handed to a roofing contractor in May.")


def test_childhood_service_and_bought_girls_are_abuse_of_vulnerability() -> None:
    assert "abuse_of_vulnerability" in _kinds("Aminetou has herded camels for the Ould Brahim household since she was a small girl.")
    assert "abuse_of_vulnerability" in _kinds("The elders admit that two more girls were sold in the dry season.")
    assert "abuse_of_vulnerability" in _kinds("Witnesses said a trader had paid 300 dollars for a young girl from the village.")
    assert "abuse_of_vulnerability" in _kinds("The recruits have stayed at the salt pans for a decade without discharge.")


def test_near_miss_a_career_since_childhood_and_school_fees_are_no_abuse() -> None:
    assert "abuse_of_vulnerability" not in _kinds("She has worked as a nurse since the age of 22.")
    assert "abuse_of_vulnerability" not in _kinds("Her uncle paid for a child's school fees in Atar.")
    assert "abuse_of_vulnerability" not in _kinds("He said the concert tickets were sold within an hour.")


def test_guns_unpaid_stays_and_flight_restrict_movement() -> None:
    assert "restriction_of_movement" in _kinds("A guard with a kalashnikov sat at the exit of the yard all week.")
    assert "restriction_of_movement" in _kinds("Those who couldn't pay were kept in the hangar for weeks.")
    assert "restriction_of_movement" in _kinds("Two teenagers were flogged after trying to flee across the dunes.")
    assert "restriction_of_movement" in _kinds("The gang ran the detention of 90 migrants in a farm outside Zuwara.")


def test_guards_and_calls_home_are_threats() -> None:
    assert "intimidation_and_threats" in _kinds("The pits at the wadi are patrolled by gunmen from a local militia.")
    assert "intimidation_and_threats" in _kinds("The jailers whipped the men as they spoke to their families on a borrowed phone.")


def test_hidden_papers_and_booklets_are_retained() -> None:
    assert "retention_of_identity_documents" in _kinds("The foremen keep all their passports in a tin box, the women said.")
    assert "retention_of_identity_documents" in _kinds("The quarry office collected the recruits' service booklets on arrival.")


def test_near_miss_papers_in_order_are_not_retained() -> None:
    assert "retention_of_identity_documents" not in _kinds("The pilgrims have their papers in order for the trip.")


def test_pay_to_the_army_the_boss_or_in_grain_is_withheld() -> None:
    assert "withholding_of_wages" in _kinds("The quarry firm pays the battalion for every truckload, not the recruits.")
    assert "withholding_of_wages" in _kinds("The men said their wages were pocketed by the commander.")
    assert "withholding_of_wages" in _kinds("At the camp the diggers are paid in millet by the pit owner.")


def test_near_miss_a_unit_price_is_no_withholding() -> None:
    assert "withholding_of_wages" not in _kinds("The bank paid the unit price quoted by the supplier.")


def test_free_once_paid_and_deducted_repayments_are_debt_bondage() -> None:
    assert "debt_bondage" in _kinds("The girls could go only after their families repay the smugglers.")
    assert "debt_bondage" in _kinds("The owner deducts instalments from each sack of ore the boys bring up.")


def test_burns_and_one_meal_are_violence_and_conditions() -> None:
    assert "physical_and_sexual_violence" in _kinds("He showed us where he was branded with a heated blade by the overseer.")
    assert "abusive_working_and_living_conditions" in _kinds("The prisoners got one meal of boiled rice each day.")


def test_near_miss_a_loan_agreement_and_a_firm_that_took_passports_are_no_handing_over() -> None:
    assert "abuse_of_vulnerability" not in _kinds("The nurses said they signed loan agreements in Manila that bound them to the agency for two years.")
    assert "abuse_of_vulnerability" not in _kinds("In Warsaw the drivers were handed to a firm that kept their licences for a month.")


def test_near_miss_phones_handed_out_to_text_a_company_are_no_handing_over() -> None:
    assert "abuse_of_vulnerability" not in _kinds("The wardens handed them out only to message the shipping company on Sundays.")
