"""Probes (study324): indicator cues and denials about pay. Pay put off "until the client pays" or until the job is
done ("finish the block and then you will get your money"), arrears owed to a worker for a month's work, and a penalty
promised before its condition ("would call the migration service if anyone asked for their wages") are
cues; riders "owed pay" and a firm that "owes nobody" tell of no debt of the workers'; "owes no one anything", "were
always paid in full and on time", "never took anybody's money" and "no complaints of abuse were received" are
denials. Near misses: finishing a report gets a copy, not pay, and "were
not paid in full" stays an affirmed claim. Texts written for these tests; firms and people are fictional."""

from __future__ import annotations

from labourlens.analyse import hedges, indicators
from labourlens.analyse.pipeline import analyse


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


def test_pay_put_off_until_the_client_pays() -> None:
    assert "withholding_of_wages" in _kinds("Every Friday the brigadier tells us we will be paid once the client pays.")


def test_pay_promised_on_completion() -> None:
    assert "withholding_of_wages" in _kinds("The boss keeps saying: finish the third floor and you will get your money.")


def test_arrears_owed_for_a_month_of_work() -> None:
    assert "withholding_of_wages" in _kinds("Rustam said the contractor still owes him 48,000 rubles for November.")


def test_a_penalty_promised_if_workers_complain() -> None:
    kinds = _kinds("The supervisor said he would call the migration service if anyone asked for their wages.")
    assert "intimidation_and_threats" in kinds


def test_riders_owed_pay_and_a_firm_that_owes_nobody_are_no_debt_of_the_workers() -> None:
    assert "debt_bondage" not in _kinds("The site manager warned riders owed pay about losing their shifts.")
    assert "debt_bondage" not in _kinds("The contractor insisted his company owes nobody a single ruble.")


def test_denials_of_arrears_of_pay_of_fees_and_of_complaints() -> None:
    for sentence in ('The manager said the firm "owes no one anything".',
                     'She said the pickers were always paid in full and on time.',
                     "The agent said he had never taken anybody's money for a visa.",
                     'The police said "no complaints of mistreatment were received" from the men.'):
        assert hedges.denial_cue(sentence) is not None, sentence


def test_near_miss_finishing_a_report_gets_a_copy_not_pay() -> None:
    assert "withholding_of_wages" not in _kinds("Finish the survey and you will get a copy of the results.")


def test_near_miss_not_paid_in_full_stays_affirmed() -> None:
    text = """Kazan Herald

Cleaners at a Kazan hotel say they were not paid in full for January, and migrant cleaners from Tajikistan say their passports are kept by the agency that hired them.
"""
    a = analyse(text, {"published": "2026-02-01", "language": "en"})
    claim = next(c for c in a.claims if "not paid in full" in c.text)
    assert claim.polarity == "affirmed"
