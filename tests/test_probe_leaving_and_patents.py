"""Probes for indicator wordings: a price put on leaving ("if you want to leave before the contract ends you pay a
penalty") and being kept indoors or escaping are restrictions of movement; a migrant's work patent held, and the
return of passports demanded, are retained documents. Negative controls: leaving without penalty, escaping injury,
a firm's patent on an invention. Sentences written for these tests."""

from __future__ import annotations

from probe_helpers import lexicon_indicators


def test_a_price_on_leaving_restricts_movement() -> None:
    assert "restriction_of_movement" in lexicon_indicators(
        "If you want to leave before the contract ends you pay a fine of 40,000 roubles.")
    assert "restriction_of_movement" in lexicon_indicators(
        "She was told she would have to pay 600 dinars to cancel her visa if she wanted to leave.")
    assert "restriction_of_movement" not in lexicon_indicators("Workers who want to leave can do so without penalty.")


def test_kept_inside_and_escaping_restrict_movement() -> None:
    assert "restriction_of_movement" in lexicon_indicators("The supervisors keep them inside after dark.")
    assert "restriction_of_movement" in lexicon_indicators("He finally escaped with the help of a bus driver.")
    assert "restriction_of_movement" not in lexicon_indicators("The driver escaped injury when the crane fell.")


def test_a_work_patent_held_is_a_retained_document() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("The foreman holds your patent until you finish.")
    assert "retention_of_identity_documents" in lexicon_indicators("The agency keeps their patents in a safe.")
    assert "retention_of_identity_documents" not in lexicon_indicators("All the loggers hold valid work patents.")
    assert "retention_of_identity_documents" not in lexicon_indicators("The company holds a patent on the new valve.")


def test_the_return_of_passports_demanded_is_a_retained_document() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(
        "The welders were demanding their wages and the return of their passports.")


def test_no_quitting_until_paid_off_is_debt_bondage() -> None:
    assert "debt_bondage" in lexicon_indicators("Until you pay the fee back, you cannot leave the farm.")
    assert "debt_bondage" not in lexicon_indicators("Until the harvest ends, you cannot leave the farm.")


def test_pay_asked_for_again_and_again_is_withheld() -> None:
    assert "withholding_of_wages" in lexicon_indicators("She asked for her wages again and again.")
    assert "withholding_of_wages" not in lexicon_indicators("She asked for her wages once and was paid the same day.")


def test_own_money_seen_once_a_year_is_withheld() -> None:
    assert "withholding_of_wages" in lexicon_indicators("The crew see their own earnings once a year.")
    assert "withholding_of_wages" not in lexicon_indicators("The crew see their families once a year.")


def test_pay_taken_for_toilet_breaks() -> None:
    found = lexicon_indicators("If you go to the toilet more than once a shift, they take 300 roubles from your pay.")
    assert "withholding_of_wages" in found
    assert not lexicon_indicators("The toilets in the dormitory were cleaned twice a day.")
    assert not lexicon_indicators("We go to the toilet whenever we want.")


def test_seeing_ones_own_money_is_no_treatment_paid_out_of_pocket() -> None:
    assert "abuse_of_vulnerability" not in lexicon_indicators("The crew see their own money once a year.")
    assert "abuse_of_vulnerability" in lexicon_indicators("They paid for the treatment with their own money.")

