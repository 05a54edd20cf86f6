"""Probes (session 35, from heldout370's study): threats to call a police force named by its own name or to report a
worker to an immigration body; workers who complained and were not called back; a recruiter paid with no sum given and
a sum paid for "processing"; pay for only part of the hours worked; a room shared, named by a pronoun; six or seven
nights a week. Near misses keep what they had. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.indicators import match


def _found(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


def test_threats_of_a_named_police_force_or_an_immigration_body() -> None:
    assert "intimidation_and_threats" in _found("The farmer threatened to bring the Guardia Civil to the huts.")
    assert "intimidation_and_threats" in _found("The owner warned them he will bring the carabinieri.")
    assert "intimidation_and_threats" in _found("The coordinator said she will notify UKVI the day a carer quits.")
    assert "intimidation_and_threats" in _found("If I change jobs, they say, they can report me to UKVI straight away.")


def test_a_police_force_named_in_a_report_is_no_threat() -> None:
    assert "intimidation_and_threats" not in _found("The Guardia Civil inspected three farms near Lepe in May.")
    assert "intimidation_and_threats" not in _found("The Home Office published new figures for the care visa.")


def test_complainers_not_called_back() -> None:
    assert "intimidation_and_threats" in _found(
        "Pickers who had complained about the caravans were not called back for the autumn.")
    assert "intimidation_and_threats" not in _found("The men were called back this season, all of them.")


def test_a_recruiter_paid_and_a_sum_for_processing() -> None:
    assert "debt_bondage" in _found("Both brothers had paid their agent in Lahore before the flight.")
    assert "debt_bondage" in _found('Each nurse paid the office 2,500 dollars for "processing" before the flight.')
    assert "debt_bondage" not in _found("The company paid their recruiter a commission for each nurse.")
    assert "debt_bondage" not in _found("The plant is a processing site for fish and shrimp.")


def test_pay_for_only_part_of_the_hours() -> None:
    assert "withholding_of_wages" in _found("The agency pays her only for visit time at each address.")
    assert "withholding_of_wages" in _found("Carers are paid only contact time, never the driving.")
    assert "withholding_of_wages" not in _found("The firm pays only by bank transfer, every Friday.")


def test_a_room_shared_named_by_a_pronoun() -> None:
    assert "abusive_working_and_living_conditions" in _found("Lina shared hers with six other women.")
    assert "abusive_working_and_living_conditions" not in _found("Lina shared the news with two friends.")


def test_six_or_seven_nights_a_week() -> None:
    assert "excessive_overtime" in _found("The bakers start at nine in the evening and finish at dawn, seven nights a week.")
    assert "excessive_overtime" not in _found("The bakery opens two nights a week.")


def test_a_fee_the_employer_already_covers_and_a_rate_only_on_paper_deceive() -> None:
    assert "deception" in _found("The visa fee, it turned out, the grower already covers.")
    assert "deception" in _found("The 11 euros is only on paper.")
    assert "deception" not in _found("The company already pays the visa fee for every worker.")


def test_a_child_on_borrowed_papers() -> None:
    found = _found("Her son, 14, cuts cane for the estate on a borrowed ID.")
    assert "abuse_of_vulnerability" in found and "debt_bondage" not in found
    assert "debt_bondage" in _found("He borrowed 2,000 dollars from the broker.")


def test_pay_lost_by_leaving_early_and_a_cost_taken_off() -> None:
    assert "withholding_of_wages" in _found("If you quit before the harvest ends, you lose a month.")
    assert "withholding_of_wages" in _found("She took home 500 pounds in a month, after the cost of her bed was taken off.")
    assert "withholding_of_wages" not in _found("Prices fell after the cost of fuel was taken off the bill.")
    assert "withholding_of_wages" not in _found("If you leave early, you miss the view of the lake.")
