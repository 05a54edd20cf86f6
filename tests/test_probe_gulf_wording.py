"""Probes: how reports on workers in the Gulf word abuse, and the controls that must stay quiet.

Going out without the residence card means arrest; pay below what was promised, said as a contrast or as a cut on
arrival; no job on arrival; kept until the contract is served; living on charity; and the denials of a ministry or a
survey ("Reports that ... are inaccurate", "Nobody we spoke to said ..."). Texts written for these tests; people and
firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges
from labourlens.analyse import indicators as lexicon
from labourlens.analyse.pipeline import analyse
from probe_helpers import META, lexicon_indicators


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("If I go out without my iqama, the police will catch me.", "restriction_of_movement"),
    ("If police stop us on the road, we go to the deportation centre.", "restriction_of_movement"),
    ("The madam said she must finish two years first.", "restriction_of_movement"),
    ("Salary is 1,000 riyals, not 1,600 like the agent promised.", "deception"),
    ("The salary was 100 dinars, not 130 like in the contract.", "deception"),
    ("His pay of 120 dinars was cut to 85 dinars after he arrived.", "deception"),
    ("On arrival, there was no factory job.", "deception"),
    ("For four months we ate what people gave us.", "abusive_working_and_living_conditions"),
    ("The men had survived on donations from a mosque committee.", "abusive_working_and_living_conditions"),
])
def test_gulf_wording_of_abuse(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("When police found the men, they were taken to hospital.", "restriction_of_movement"),
    ("She was given only bread and tea for breakfast.", "withholding_of_wages"),
    ("Police seized 63 passports belonging to Asian workers.", "intimidation_and_threats"),
    ("The firm had provided food rations and was seeking exit permits.", "abusive_working_and_living_conditions"),
    ("Most said their supervisors stopped outdoor work during the midday break.", "excessive_overtime"),
    ("The salary was 130 dinars, as in the contract.", "deception"),
])
def test_controls_stay_quiet(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Reports that workers at the site had gone unpaid for three months are inaccurate.",
    "Nobody we spoke to said their passport had been taken.",
    "None of the men we spoke to said they had been beaten.",
    "No worker at the inspected sites was found to have had a passport retained.",
])
def test_denials_of_a_ministry_or_a_survey(sentence: str) -> None:
    assert hedges.denial_cue(sentence) is not None


def test_a_survey_that_heard_of_beatings_is_no_denial() -> None:
    assert hedges.denial_cue("Most of the men we spoke to said they had been beaten.") is None


def test_a_driver_kept_in_a_house_is_a_report_of_forced_labour() -> None:
    """No domain term, but a house driver whose sponsor holds his passport and who works past midnight: the report
    is analysed."""
    text = ("Wife of Kuwait driver seeks help\n\n"
            "Mariamma Joseph has not seen her husband for three years. Thomas Joseph, 44, went to Kuwait in 2022 as a "
            "house driver for a family in Salmiya.\n\n"
            "According to Mariamma, the sponsor has kept Thomas's passport for 14 months. Thomas himself, speaking by "
            "telephone, said he works from six in the morning until past midnight on many days.")
    a = analyse(text, META)
    found = {h.indicator for c in a.claims for h in c.indicators}
    assert {"retention_of_identity_documents", "excessive_overtime"} <= found
    claim = next(c for c in a.claims if "past midnight" in c.text)
    source = a.source(claim.source)
    assert source is not None and source.wording is not None and source.wording.startswith("Thomas")


@pytest.mark.parametrize(("sentence", "indicator", "fires"), [
    ("The owner took our passports for the port permits and never gave them back.", "retention_of_identity_documents",
     True),
    ("The agent kept her passport and refused to give it back.", "retention_of_identity_documents", True),
    ("They took our passports for the visa check and gave them back the next day.", "retention_of_identity_documents",
     False),
    ("My brother is frightened he will be next.", "intimidation_and_threats", True),
    ("The team is afraid they could be next to lose the final.", "intimidation_and_threats", False),
])
def test_documents_never_returned_and_fear_of_being_next(sentence: str, indicator: str, fires: bool) -> None:
    assert (indicator in lexicon_indicators(sentence)) is fires


def test_reports_called_inaccurate_are_denied() -> None:
    m = lexicon.match("Reports that workers at the site had gone unpaid for three months are inaccurate.", 0)
    assert not m.hits and {h.indicator for h in m.negated} == {"withholding_of_wages"}


@pytest.mark.parametrize(("sentence", "fires"), [
    ("My client never received any money from these workers and never met them.", False),
    ("The agent said he took no fee from the men.", False),
    ("The workers never received any money from the company.", True),
    ("They never received their wages.", True),
])
def test_money_received_from_workers_is_no_wage_withheld(sentence: str, fires: bool) -> None:
    assert ("withholding_of_wages" in lexicon_indicators(sentence)) is fires


@pytest.mark.parametrize(("sentence", "indicator", "fires"), [
    ("For two years I spoke to my children four times.", "isolation", True),
    ("In three years she saw her family only once.", "isolation", True),
    ("The company in Kuwait pays the fee, free visa, free ticket.", "withholding_of_wages", False),
])
def test_rare_contact_and_a_fee_the_company_pays(sentence: str, indicator: str, fires: bool) -> None:
    assert (indicator in lexicon_indicators(sentence)) is fires
