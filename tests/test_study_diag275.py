"""Probes for the classes of miss found when heldout275 was opened for study (branch diag275): reports with nothing
to find that got claims (a community festival in a town of migrants, a jobs fair with a stand against trafficking,
figures on money sent home), a fee cap stated as what may be charged, an event's short opening hours, a band that
plays late, household loans and money spent on schooling, a debt to be cleared before one may leave, money paid to
get a person out, the real job told only on arrival, a night's work from dusk to sunrise and a worker who owes "her"
firm. Every text is written for these tests in our own words: names, sites and figures are invented (places and
currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, indicators, lexicon_indicators

# -- a public event in a town of migrants, with no cue of abuse anywhere: an event report, no claims

FESTIVAL = ("RIVERSIDE NOTES\n\n"
            "Lantern festival fills Ranong's streets as migrant families celebrate the new year\n\n"
            "RANONG, Thailand — Dancers, food stalls and a parade of decorated boats filled the waterfront on Saturday as "
            "thousands of people, many of them from the migrant community across the estuary, celebrated the new year.\n\n"
            "Pupils from two migrant schools danced in front of the main stage while a brass band played on the square until midnight. "
            "Fireworks closed the evening.\n\n"
            "Mrs Thida Win, who sells grilled fish near the pier, said a plate cost 40 baht, unchanged since 2024.\n")


def test_a_festival_in_a_migrant_town_gets_no_claims() -> None:
    a = analyse(FESTIVAL, META)
    assert a.claims == []


def test_a_festival_report_that_tells_of_abuse_keeps_its_claims() -> None:
    text = FESTIVAL + ("\nSeveral of the migrant workers at the stalls said their employer had taken their passports "
                       "and that they had not been paid for three months.\n")
    a = analyse(text, META)
    assert any(c.indicators for c in a.claims)


JOBS_FAIR = ("Korat hosts overseas jobs fair\n\n"
             "NAKHON RATCHASIMA — About 2,000 job seekers visited a two-day employment fair at the city hall, where 15 licensed "
             "agencies had stands offering farm and factory positions abroad.\n\n"
             "Provincial job officer Malee Sookjai said every agency had been checked. The police anti-trafficking "
             "division had a booth with a hotline number.\n\n"
             "By law, brokers may charge jobseekers no more than half a month's salary as a placement fee.\n\n"
             "A second day of interviews runs on Sunday from 9 a.m. to 3 p.m.\n")


def test_a_jobs_fair_with_an_anti_trafficking_stand_gets_no_claims() -> None:
    a = analyse(JOBS_FAIR, META)
    assert a.claims == []


REMITTANCES = ("Money sent home to Goa rose 8 per cent last year, a state survey found.\n\n"
               "\"Much of it is now used for education and to pay off home loans,\" said Dr. Leela Nair, "
               "an economist who helped design the study.\n")


def test_remittance_figures_with_household_loans_get_no_claims() -> None:
    a = analyse(REMITTANCES, META)
    assert a.claims == []


# -- a fee cap stated as what may be charged is a rule, not a fee taken


def test_a_fee_cap_stated_as_what_agencies_may_charge_has_no_debt_or_wage_cue() -> None:
    got = indicators("By law, brokers may charge jobseekers no more than half a month's salary as a placement fee.")
    assert not got & {"debt_bondage", "withholding_of_wages"}


def test_a_fee_actually_charged_stays_a_debt() -> None:
    assert "debt_bondage" in indicators("The agency charged each worker three months' wages as a recruitment fee.")


# -- a short clock span (an event's or an office's hours) is no day from dawn to night


def test_a_short_span_of_opening_hours_is_no_overtime() -> None:
    got = indicators("The manager kept their passports and would only let them see the papers on Fridays from 10 a.m. to 3 p.m.")
    assert got == {"retention_of_identity_documents"}


def test_a_span_of_opening_hours_is_no_overtime() -> None:
    got = indicators("The workers said their passports were kept in the site office, which stays open daily from "
                     "7 a.m. to 9 p.m.")
    assert got == {"retention_of_identity_documents"}


def test_a_long_working_span_stays_overtime() -> None:
    assert "excessive_overtime" in indicators("They worked from 5 a.m. to 11 p.m. every day.")


# -- a band that plays late, and children at play, work no overtime


def test_a_band_playing_until_midnight_is_no_overtime() -> None:
    assert "excessive_overtime" not in lexicon_indicators("A brass band played on the square until midnight.")


def test_welders_working_until_midnight_stay_overtime() -> None:
    assert "excessive_overtime" in lexicon_indicators("The welders had to work until midnight every day.")


# -- household credit and money spent on schooling


def test_housing_and_education_loans_are_no_debt_bondage() -> None:
    got = lexicon_indicators("Most of the money is now used for education and to repay home loans.")
    assert not got & {"debt_bondage", "abuse_of_vulnerability"}


def test_a_loan_from_a_broker_stays_debt_bondage() -> None:
    assert "debt_bondage" in lexicon_indicators("He took a loan from the broker to pay the fee.")


def test_a_state_planning_board_is_no_quota_levy() -> None:
    got = lexicon_indicators("A state planning board published the numbers on Tuesday.")
    assert "withholding_of_wages" not in got


# -- a debt to be cleared before one may leave; money paid to get a person out


def test_a_debt_owed_before_they_could_leave_is_debt_and_restriction() -> None:
    got = indicators("The cooks learned they owed the \"company\" a year's pay before they could leave.")
    assert {"debt_bondage", "restriction_of_movement"} <= got


def test_a_sum_to_work_off_before_going_home_restricts_movement() -> None:
    got = indicators("The foreman said the debt had to be paid off before they could go home.")
    assert "restriction_of_movement" in got


def test_a_price_paid_for_a_person_to_be_earned_back_is_debt() -> None:
    assert "debt_bondage" in indicators("The buyer told the men they had cost him 4,000 dollars and they must earn it back.")


def test_held_until_a_sum_is_paid_is_debt() -> None:
    assert "debt_bondage" in indicators("The guards said they would not let her go until the money was paid.")


def test_money_sent_so_that_a_person_is_released_restricts_movement() -> None:
    got = indicators("His cousin wired 500 dollars to the gang so that he would be freed.")
    assert "restriction_of_movement" in got


def test_a_relative_paying_a_broker_to_get_her_out_restricts_movement() -> None:
    assert "restriction_of_movement" in indicators("Her brother paid a broker 1,200 dollars to get her out of the camp.")


def test_leaving_before_a_shift_ends_is_no_cue() -> None:
    assert indicators("The workers were told they could leave before the shift ended.") == set()


# -- the real job told only on arrival; finding oneself in another country


def test_the_real_job_told_on_arrival_is_deception() -> None:
    assert "deception" in indicators("Once there, the recruits were told that their real job was answering chat messages for a casino.")


def test_finding_oneself_in_another_country_is_deception() -> None:
    assert "deception" in indicators("A returnee said he only realised he was in Laos when his phone showed a new network.")
    assert "deception" in indicators("When the van stopped, the women realised they were no longer in Vietnam.")


def test_a_stay_abroad_told_plainly_is_no_deception() -> None:
    assert "deception" not in indicators("I was in Laos for a week before the job started.")


# -- a night's work from dusk until sunrise


def test_work_from_evening_until_sunrise_is_overtime() -> None:
    assert "excessive_overtime" in indicators("The packers worked from nightfall until the sun came up.")


def test_a_shop_open_from_evening_until_sunrise_is_no_overtime() -> None:
    assert "excessive_overtime" not in lexicon_indicators("The shop stays open from evening till the sun comes up.")


# -- a worker who owes "her" firm keeps a debt; an employer who owes her keeps pay held back


def test_she_owed_her_company_is_a_debt() -> None:
    got = indicators("Mai said she owed her recruiter 900 dollars.")
    assert "debt_bondage" in got and "withholding_of_wages" not in got


def test_her_employer_owed_her_stays_pay_held_back() -> None:
    assert "withholding_of_wages" in indicators("Mai said her employer owed her 900 dollars.")
