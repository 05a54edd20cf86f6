"""Probes: the wording of student interns and transferred workers in factories, and the shapes it takes.

Penalties for leaving told as conditions ("leaving early would count as failing the course"), work passed off as
training, fees a school takes from pay, housing built to keep a group apart, the management words of labour
transfers, force used on someone who tried to leave, a debt named before "until it was paid off"; and the controls
that must stay quiet (a deposit forfeited if they leave, goods detained at a port, a door locked at 11 p.m. is no
overtime). Texts written for these tests; companies and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, lexicon_indicators


@pytest.mark.parametrize("sentence", [
    "Their teachers told them that leaving early would count as failing the course.",
    "She had been told her family would lose its housing subsidy if she went home early.",
    "They said if we run away, the college will expel us.",
    "The interns were told they would not receive their certificates unless they completed the placement.",
    "If you refuse a Sunday shift, your name goes on the board.",
])
def test_a_penalty_for_leaving_or_refusing_is_a_threat(sentence: str) -> None:
    assert "intimidation_and_threats" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "If the weather is good, they will leave early and lose no time.",
    "The students would receive their certificates if they completed the course.",
    "Unless they finish the order by Friday, the firm will lose the contract.",
    # a deposit forfeited for leaving is told of pay and debt
    "The agency kept a deposit of 900 dollars that the men would forfeit if they left before the season ended.",
])
def test_conditions_without_a_penalty_on_the_worker_are_no_threat(sentence: str) -> None:
    assert "intimidation_and_threats" not in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("We were told it was an internship.", "deception"),
    ("Some students said they had not been told before leaving home that the placement was on an assembly line.",
     "deception"),
    ("The college took a management fee of 250 yuan from each student's pay.", "withholding_of_wages"),
    ("What you see is housing designed for separation.", "isolation"),
    ("The county asked the plants to organise concentrated accommodation for the transferred workers.", "isolation"),
    ("The notice calls for closed-off management of the dormitory blocks.", "restriction_of_movement"),
    ("Guards hit a welder with a baton after he tried to leave the compound at night.", "restriction_of_movement"),
    ("She was stopped by a guard when she tried to leave.", "restriction_of_movement"),
    ("Until it was paid off I couldn't really quit.", "debt_bondage"),
])
def test_the_wording_of_student_and_transfer_labour(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Two shipments were detained at the port pending review.", "restriction_of_movement"),
    ("When I was there the door was chained from the outside at 11 p.m.", "excessive_overtime"),
    ("A worker was slapped in front of her team for talking back to a supervisor.", "isolation"),
    ("The interns were told they would not receive their diplomas until the end of term.", "withholding_of_wages"),
    ("Some students said they had not been told before leaving home where they would sleep.",
     "restriction_of_movement"),
    ("He took time off from work to see his family.", "withholding_of_wages"),
])
def test_controls_stay_quiet(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


def test_the_door_chained_at_night_is_still_a_restriction() -> None:
    assert "restriction_of_movement" in lexicon_indicators("When I was there the door was chained from the outside at 11 p.m.")


def test_a_report_about_student_interns_on_night_shifts_is_analysed() -> None:
    """Student interns on an assembly line, and no domain term at all: the report is still one of forced labour
    when its cues (night shifts, a penalty for leaving, a fee from pay) are there."""
    text = ("Dongguan plant leaned on student interns, researchers say\n\n"
            "A contract manufacturer relied on vocational-school interns to staff night shifts at its Dongguan plant, "
            "according to a study by academics at a Hong Kong university.\n\n"
            '"These were sixteen-year-olds put on twelve-hour night shifts, six nights a week," said Dr Mei Ling Fok. '
            '"Their teachers told them that leaving early would count as failing the course."\n\n'
            "The college took a management fee of 250 yuan from each student's pay, the study found.")
    a = analyse(text, META)
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert {"intimidation_and_threats", "withholding_of_wages"} <= found


def test_cells_of_a_findings_table_are_sentences() -> None:
    text = ("SOCIAL COMPLIANCE ASSESSMENT\nSummary of findings\n\n"
            "| No. | Area | Finding | Grade |\n"
            "| 1 | Working hours | Time records show sewing staff working 80 hours per week in every week sampled. | Critical |\n"
            "| 2 | Documents | Passports of the migrant workers are kept in the manager's safe. | Major |\n"
            "| 3 | Grievance | None. | Minor |\n")
    a = analyse(text, META)
    claims = {c.text: {h.indicator for h in c.indicators} for c in a.claims}
    assert claims.get("Time records show sewing staff working 80 hours per week in every week sampled.") == {
        "excessive_overtime"}
    assert "retention_of_identity_documents" in claims.get(
        "Passports of the migrant workers are kept in the manager's safe.", set())
    assert not any("|" in t or t in ("Working hours", "Critical") for t in claims)
