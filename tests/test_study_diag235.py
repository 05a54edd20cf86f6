"""Probes for the indicator classes studied on heldout235 (branch diag235): groups moved as a body under escort,
overseers who sleep beside the group, whereabouts logged or reported, nobody able simply to walk away, orders of
escorts to obey, total dependence on an overseer, sanctions announced for whoever does not comply, a household's
land or benefits put at stake, refusal that costs kin or reads as disloyalty, pay onto a card someone else holds, no
card of one's own, pay put into savings others run, a day's pay docked, a deposit never received, rest days at a leader's discretion; and controls
where a rule must stay quiet ("transferred workers" as people, not money; a phone never taken; a language barred in
the workshop; a length of stay in months; "coerced labour" as a label; a minder during calls; the time before an
arrival; harmless outcomes announced for those who skip a step)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # moved as a body under a leader or escort
        ("The recruits were bussed in batches to the mine, with armed guards on every coach.", "restriction_of_movement"),
        ("The labourers are sent in convoys under guard.", "restriction_of_movement"),
        # overseers who live with the group
        ("Three minders from the township lodge alongside them in the hostel.", "restriction_of_movement"),
        # whereabouts logged or reported
        ("Every apprentice has to report his whereabouts to the brigade office on weekends.", "restriction_of_movement"),
        ("The supervisor logs the whereabouts of each seamstress after the shift.", "restriction_of_movement"),
        # nobody could simply walk away
        ("Not one of us could simply go home before the harvest was in.", "restriction_of_movement"),
        # escorts to obey
        ("The brochure says trainees must obey the accompanying cadres at all times.", "restriction_of_movement"),
        # total dependence on an overseer
        ("With no Spanish, the pickers rely entirely on the foreman for a clinic or a bus.", "abuse_of_vulnerability"),
        # sanctions announced for non-compliance
        ("The headman warned that any household that failed to register a worker would face a fine.",
         "intimidation_and_threats"),
        # kin's land or benefits at stake
        ("Officials told the herders their parents' pension would be suspended if they stayed behind.",
         "intimidation_and_threats"),
        ("The broker warned Farida that quitting early could cost her household its grazing land.",
         "intimidation_and_threats"),
        # refusal that costs kin, or reads as disloyalty
        ("Few can decline the posting without repercussions for their children.", "intimidation_and_threats"),
        ("In the township, saying no to the scheme is interpreted as disloyalty.", "intimidation_and_threats"),
        # pay onto a card held by someone else; no card of one's own
        ("The salary lands in an account that the broker controls.", "withholding_of_wages"),
        ("The drivers do not keep their own salary cards.", "withholding_of_wages"),
        # a day's pay docked; a deposit never paid back
        ("Each missed shift is deducted from the wage, even with a doctor's note.", "withholding_of_wages"),
        ("Dilnoza quit in March and never got the savings held from her wages.", "withholding_of_wages"),
        # pay put into an account others manage
        ("A fifth of every wage is deposited into a savings fund run by the recruiting agency.", "withholding_of_wages"),
        # pressure on kin if one refuses
        ("Their parents may face reprisals from the village chief if they refuse the placement.",
         "intimidation_and_threats"),
        # rest days at the leader's discretion
        ("The supervisor chooses who may have days off each fortnight.", "excessive_overtime"),
        # identity cards not in the workers' own hands
        ("The loggers do not keep their own ID cards.", "retention_of_identity_documents"),
    ],
)
def test_found(text: str, indicator: str) -> None:
    assert indicator in found(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # "transferred workers" names people, not money moved
        ("Salaries paid to transferred labourers look low next to the city average.", "withholding_of_wages"),
        ("The transferred employees earn the same base salary as everyone else.", "withholding_of_wages"),
        # a denial that phones were ever taken
        ("Not one operator's mobile was ever confiscated, the firm wrote.", "isolation"),
        # a language barred where the work is done is no ban on going to town
        ("Speaking Quechua was forbidden in the cannery's shop-floor areas.", "restriction_of_movement"),
        # a length of stay in months is no long working day
        ("Each welder who has stayed longer than half a year gets a bonus.", "excessive_overtime"),
        # "coerced labour" as a label, a programme described as coercive, coercion not ruled out
        ("Activists accuse the mills of relying on coerced labour.", "intimidation_and_threats"),
        ("The ministry rejects any portrayal of the scheme as coercive.", "intimidation_and_threats"),
        ("The auditors could not rule out coercion in the hiring.", "intimidation_and_threats"),
        # someone beside a worker during calls watches the calls; it is no escort
        ("We may ring our mothers once a week, always with an overseer listening on the call.", "restriction_of_movement"),
        # harmless outcomes for whoever skips a step
        ("The clinic told patients that whoever failed to bring a referral would be seen later.",
         "intimidation_and_threats"),
        # not the worker's deposit: a rental one
        ("The landlord never returned the deposit on the flat.", "withholding_of_wages"),
        # a forfeited bond is the debt's, not pay withheld; a pension fund run by the state is no pay withheld
        ("Walking out early meant forfeiting a bond of 900 dollars.", "withholding_of_wages"),
        ("Ten per cent of the salary is paid into a pension fund managed by the state.", "withholding_of_wages"),
        # hardship on kin is no threat
        ("Rising rents put pressure on their families back home.", "intimidation_and_threats"),
        # a reporter who could not confirm whereabouts keeps no watch on anyone
        ("The broadcaster tried to confirm and report the cooks' whereabouts.", "restriction_of_movement"),
        # identity cards held by nobody at all: no retention
        ("Guards at the gate do not hold identity cards of any kind.", "retention_of_identity_documents"),
        # whereabouts unknown is no control
        ("Investigators recorded the whereabouts of the trawler as unknown.", "restriction_of_movement"),
    ],
)
def test_quiet(text: str, indicator: str) -> None:
    assert indicator not in found(text)


def test_refusal_without_consequence_is_a_threat_not_vulnerability() -> None:
    hits = found("The pupils were unable to decline the posting without repercussions for their parents.")
    assert "intimidation_and_threats" in hits
    assert "abuse_of_vulnerability" not in hits


def test_plain_negation_of_disloyalty_stays_negated() -> None:
    assert "intimidation_and_threats" not in found("He was never called disloyal.")


def test_time_before_an_arrival_is_no_confinement() -> None:
    rules = {h.rule for h in indicators.match("Before Ines got off the bus in Porto she had not seen the town.").hits}
    assert "FL03.r6_never_walked_streets" not in rules
