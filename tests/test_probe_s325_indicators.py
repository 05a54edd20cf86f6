"""Probes (s325): cues of the eleven indicators in accounts of recruits held in compounds abroad. A worker's own "I owe
them" is a debt the bosses hold over them (not "I owe them my life"); "shocked with a prod" is violence; a boss who
"fined you" a sum withholds pay; a range of money ("between 2 and 4 lakh rupees") is no working day; "We never held
a single worker passport" says nothing of wages; a family paying "to get her out" pays a captive's price (not a
lawyer to get someone out of a cell); meals taken out of wages are withheld pay, not a debt repaid; a passport the
bosses "let him keep" is not retained; relief offered "in exchange for sex" is sexual coercion; a fee demanded from
every family is a recruitment debt (not a hostel's monthly rent per head). Sentences written for these tests; the
people and firms are fictional."""

from __future__ import annotations

from probe_helpers import indicators


def test_a_workers_own_debt_to_the_bosses() -> None:
    assert "debt_bondage" in indicators('"Every month the boss reminds me that I owe them for the plane fare," Joseph said.')


def test_a_debt_of_thanks_is_no_bondage() -> None:
    assert "debt_bondage" not in indicators('"The nurses saved him, and we owe them his life," his aunt said.')


def test_a_money_range_is_no_working_day() -> None:
    found = indicators("Police say the two men charged each family between 2 and 4 lakh rupees.")
    assert "excessive_overtime" not in found


def test_a_shock_from_a_prod_is_violence() -> None:
    found = indicators("Staff who fell short of the weekly quota were shocked with an electric prod, Samuel said.")
    assert "physical_and_sexual_violence" in found


def test_a_fine_on_the_reader_is_withheld_pay() -> None:
    found = indicators('"Come back late from lunch and the shift boss fined you 300 baht," Grace said.')
    assert "withholding_of_wages" in found


def test_a_denial_of_holding_papers_is_no_wage_cue() -> None:
    found = indicators('"We never held a single worker passport," the tower manager said.')
    assert "withholding_of_wages" not in found


def test_no_single_dollar_seen_stays_withheld_pay() -> None:
    found = indicators("Workers at the packing shed said they never saw a single dollar of the promised pay.")
    assert "withholding_of_wages" in found


def test_a_family_paying_to_get_a_captive_out_is_debt() -> None:
    found = indicators("Her parents paid 90k rupees to get her out of the compound, a cousin wrote.")
    assert "debt_bondage" in found


def test_paying_a_lawyer_to_get_someone_out_of_a_cell_is_no_debt() -> None:
    found = indicators("Workers said his brother paid a lawyer to get him out of the police cell after the raid.")
    assert "debt_bondage" not in found


def test_meals_taken_out_of_wages_are_no_debt_repaid() -> None:
    found = indicators("A kitchen hand said lunches were deducted from their pay at 4 dollars a day.")
    assert "debt_bondage" not in found and "withholding_of_wages" in found


def test_a_fee_taken_out_of_wages_stays_a_debt_repaid() -> None:
    found = indicators("Workers said the visa loan was deducted from their wages over the first year.")
    assert "debt_bondage" in found


def test_a_passport_the_bosses_let_him_keep_is_not_retained() -> None:
    found = indicators('"The bosses let her keep her passport the whole time," her uncle said.')
    assert "retention_of_identity_documents" not in found


def test_relief_offered_for_sex_is_sexual_coercion() -> None:
    found = indicators("Two cleaners said a supervisor offered to forgive their loans in exchange for sex.")
    assert "physical_and_sexual_violence" in found


def test_an_exchange_of_goods_is_no_coercion() -> None:
    found = indicators("Workers said the recruiters paid the drivers in exchange for fuel at the border.")
    assert "physical_and_sexual_violence" not in found


def test_a_fee_taken_from_each_family_is_debt() -> None:
    found = indicators("The two men demanded from every family nearly 3 lakh rupees before departure, relatives said.")
    assert "debt_bondage" in found


def test_a_hostels_rent_per_head_is_no_recruitment_debt() -> None:
    assert "debt_bondage" not in indicators("The landlord charged each tenant 40 dollars a month for a bed by the canal.")
