"""Probes (s335): prison, detention and state-imposed labour read as the ILO indicators. Mail, visits or calls stopped
as a penalty, letters that take weeks to leave, a call allowed only to some (isolation); a sentence lengthened or
months added for low output, a benefit stopped for missed days, losing everything, privileges or parole, a case put
last in the queue, a move to a harsher hall (threats); men hit for slowing down (violence); work until the batch is
done or late at night, Sundays worked, output norms raised, a norm few can meet in a shift (hours); sewing in coats,
rations counted in grams or bowls, work while sick, work that stops for no illness, sight lost to dim light, work in
water to the knees (conditions); pay on a canteen card (wages); the jobless told to work for their benefit (vulnerability); pay not what was promised (deception). Near misses stay
clear. Texts written for these tests; the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


def test_mail_and_visits_stopped_or_slow_are_isolation() -> None:
    assert "isolation" in _kinds("The brigadier suspended our mail for a whole quarter after the fight.")
    assert "isolation" in _kinds("Anyone short of the count had the long visit with relatives suspended.")
    assert "isolation" in _kinds("Her letters to her son took six weeks to leave the camp, she said.")
    assert "isolation" in _kinds("Only detainees who paid the cook were allowed a phone call on Fridays.")


def test_near_miss_cancelled_trips_and_letters_of_credit_are_no_isolation() -> None:
    assert "isolation" not in _kinds("The bank cancelled the letters of credit for the cotton shipment.")
    assert "isolation" not in _kinds("The minister cancelled the official visit to the plant in March.")
    assert "isolation" not in _kinds("Since the ban, inspectors have made 900 visits to the farms.")


def test_lengthened_terms_lost_benefits_and_parole_are_threats() -> None:
    assert "intimidation_and_threats" in _kinds("If a man missed his count, his term would be extended by the camp board.")
    assert "intimidation_and_threats" in _kinds("They tacked on three months because her output was short.")
    assert "intimidation_and_threats" in _kinds("Skip two shifts and your allowance will be cut off, the clerk told him.")
    assert "intimidation_and_threats" in _kinds("The foreman told them they would lose everything unless they came in.")
    assert "intimidation_and_threats" in _kinds("Inmates who refuse the shop may be stripped of parole, the rules say.")
    assert "intimidation_and_threats" in _kinds("A guard hinted that her son should keep quiet if he hopes for early release.")
    assert "intimidation_and_threats" in _kinds("Complain and your case goes to the back of the queue, the officer said.")
    assert "intimidation_and_threats" in _kinds("The two who refused were transferred to an overcrowded barrack.")


def test_near_miss_extended_visas_and_trade_privileges_are_no_threats() -> None:
    assert "intimidation_and_threats" not in _kinds("Her work visa was extended for another year in June.")
    assert "intimidation_and_threats" not in _kinds("The exporters could lose tariff privileges under the new rules.")
    assert "intimidation_and_threats" not in _kinds("The clinic was moved to a worse building across the road.")


def test_hitting_men_is_violence() -> None:
    assert "physical_and_sexual_violence" in _kinds("The brigadier reportedly hit women who fell asleep at the bench.")


def test_near_miss_hit_markets_and_targets_are_no_violence() -> None:
    assert "physical_and_sexual_violence" not in _kinds("The drought hit farmers hard across the province.")
    assert "physical_and_sexual_violence" not in _kinds("The plant hit its targets for the quarter.")


def test_work_until_the_batch_is_done_and_sundays_are_long_hours() -> None:
    assert "excessive_overtime" in _kinds("We stitched until the batch was finished, whatever the clock said.")
    assert "excessive_overtime" in _kinds("The brigade kept going till midnight most weeks before inspections.")
    assert "excessive_overtime" in _kinds("On days off the women sewed as well, the former inmate said.")
    assert "excessive_overtime" in _kinds("Before every big contract the daily quota was doubled.")
    assert "excessive_overtime" in _kinds("The output norms were raised twice before the spring orders.")
    assert "excessive_overtime" in _kinds("The quota is one that hardly anyone could fulfil within a single shift.")


def test_near_miss_late_shops_and_export_quotas_are_no_overtime() -> None:
    assert "excessive_overtime" not in _kinds("The night market stays open until midnight on Fridays.")
    assert "excessive_overtime" not in _kinds("The government raised the export quota for rice in May.")
    assert "excessive_overtime" not in _kinds("Grain quota raised for the northern farms.")
    assert "excessive_overtime" not in _kinds("On Sundays we rest and go to church with the children.")


def test_cold_rations_sickness_and_dim_light_are_abusive_conditions() -> None:
    assert "abusive_working_and_living_conditions" in _kinds("All winter we worked in our overcoats at the lathes.")
    assert "abusive_working_and_living_conditions" in _kinds("They got two bowls of gruel a day and nothing else.")
    assert "abusive_working_and_living_conditions" in _kinds("A man with a fever was still made to haul the sacks.")
    assert "abusive_working_and_living_conditions" in _kinds("The digging never stopped for the heat or for injuries.")
    assert "abusive_working_and_living_conditions" in _kinds("Two of the women went blind from sorting beads in dim light.")
    assert "abusive_working_and_living_conditions" in _kinds("The crews dug ditches in icy water up to their waists.")


def test_near_miss_priced_grain_and_ordinary_coats_are_no_abuse() -> None:
    assert "abusive_working_and_living_conditions" not in _kinds("A kilo of rice cost 900 grams of silver in the story.")
    assert "abusive_working_and_living_conditions" not in _kinds("Two bowls of rice a day cost her 40 yuan at the canteen.")


def test_pay_on_a_canteen_card_is_withheld() -> None:
    assert "withholding_of_wages" in _kinds("What they earned was put on a canteen card for the prison kiosk.")


def test_jobless_told_to_work_are_abused_for_vulnerability() -> None:
    assert "abuse_of_vulnerability" in _kinds("Jobless residents were ordered to sweep the market every Monday.")
    assert "abuse_of_vulnerability" in _kinds("Skip two shifts and your allowance will be cut off, the clerk told him.")


def test_near_miss_the_jobless_trained_are_no_abuse() -> None:
    assert "abuse_of_vulnerability" not in _kinds("The jobless may join a free course in welding at the college.")


def test_pay_not_as_promised_is_deception() -> None:
    assert "deception" in _kinds("The money was nothing like what we were promised in the village.")
