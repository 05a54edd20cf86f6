"""Probes for the classes studied on heldout227 (branch diag227): a study's sample ("interviews with 85 workers") is no
hiring round that makes a report an ordinary labour dispute; an abuse told in the habitual present before "and says"
("the foreman keeps our phones and says ...") is the teller's account, not the foreman's words; threats of jail or of a
theft charge before the police, and of being sent home for complaining; people held in a flat or rooms, told in the
passive; work visas sold. Controls: a court's or a minister's sentence, a tourist visa, papers kept in a room,
interviews with job applicants, a manager who "keeps a list and says"."""

from __future__ import annotations

import pytest

from labourlens.analyse import attribution, context, sentences
from labourlens.analyse import indicators as ind
from labourlens.analyse.pipeline import analyse


def found(text: str) -> set[str]:
    return {h.indicator for h in ind.match(text).hits}


def negated(text: str) -> set[str]:
    return {h.indicator for h in ind.match(text).negated}


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a threat of jail in reported speech
        ("The contractor threatened to send her to jail over the broken pump.", "intimidation_and_threats"),
        ("Our skipper threatened to have us put in prison.", "intimidation_and_threats"),
        ("She warned the girls that they would be jailed if they ran.", "intimidation_and_threats"),
        # a threat of a theft charge before the police
        ("The owner threatened to tell police the cook had stolen cash from the till.", "intimidation_and_threats"),
        ("Her employer threatened to report her to immigration for theft.", "intimidation_and_threats"),
        # a complaint answered by being sent home or a cancelled permit
        ("If anyone protests at the consulate, the agent will send them back.", "intimidation_and_threats"),
        ("If anyone talks to the inspectors, the manager will cancel their permits.", "intimidation_and_threats"),
        # people held in a dwelling, told in the passive
        ("The men said they had been kept in a rented flat for a month.", "restriction_of_movement"),
        ("Two of the cooks were held in rooms above the agency office.", "restriction_of_movement"),
        # work visas traded
        ("The firm sold each visa to brokers for 900 dinars.", "debt_bondage"),
        ("In the hill villages, visas are sold for the price of a small farm.", "debt_bondage"),
        ("The recruiter resold the visas to a second agency.", "debt_bondage"),
    ],
)
def test_new_classes(text: str, indicator: str) -> None:
    assert indicator in found(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a sentence set by a court or a law for offenders
        ("The minister said traffickers would be jailed.", "intimidation_and_threats"),
        ("The magistrate told reporters that she would be imprisoned for six years.", "intimidation_and_threats"),
        ("Police said the two men had stolen a van from the depot.", "intimidation_and_threats"),
        # papers, goods or food kept in a room are no people held
        ("The workers said their meetings were held in a rented room behind the mosque.", "restriction_of_movement"),
        ("Rice and flour were kept in a shed behind the canteen.", "restriction_of_movement"),
        ("The meeting was held in a rented house near the station.", "restriction_of_movement"),
        # a tourist visa, or a visa bought online
        ("Travellers can buy their visas online before they fly.", "debt_bondage"),
        ("The agency sells tourist visas for weekend trips.", "debt_bondage"),
        ("She bought a visa at the consulate and flew out on Sunday.", "debt_bondage"),
        ("The shop sold phone cards, and the clerk checked each visa stamp.", "debt_bondage"),
    ],
)
def test_controls(text: str, indicator: str) -> None:
    assert indicator not in found(text)


def test_denied_visa_trade_is_negated() -> None:
    text = "The association said its agencies never sell visas."
    assert "debt_bondage" not in found(text)
    assert "debt_bondage" in negated(text)


STUDY = (
    "Lima - Porters and cooks from Bolivia and Peru who work at mountain lodges in Chile said they were kept on duty "
    "for 16 hours a day in the high season, a study published on Monday by a Santiago university found.\n\n"
    "The study draws on interviews with 85 lodge workers. It says 40 of them slept in tents beside the kitchens "
    "with no heating, and that some lost a day's pay for resting in the afternoon.\n\n"
    "\"We carried gas bottles up the trail in the snow without gloves,\" one porter told the researchers.\n\n"
    "Labour inspections at the lodges found few problems, the regional labour office said."
)
HIRING = (
    "Santiago - A chain of mountain lodges held interviews with 300 applicants this week for the coming season. "
    "The union said back pay for last season was still owed to 20 cooks, and labour inspections are planned. "
    "Cooks said shifts ran to 12 hours a day in the high season."
)


def test_study_sample_is_no_hiring_round() -> None:
    kinds = {"excessive_overtime", "abusive_working_and_living_conditions", "withholding_of_wages"}
    body = STUDY.replace("\n\n", " ")
    assert not context._ordinary_dispute(body, kinds)
    claims = analyse(STUDY, {"language": "en"}).claims
    assert len(claims) >= 3
    assert any("excessive_overtime" in {h.indicator for h in c.indicators} for c in claims)


def test_hiring_round_interviews_still_count() -> None:
    kinds = {"excessive_overtime", "withholding_of_wages"}
    assert context._ordinary_dispute(HIRING, kinds)
    assert context._ordinary_dispute(HIRING.replace("interviews with 300 applicants", "job interviews"), kinds)
    assert analyse(HIRING, {"language": "en"}).claims == []


def _speaker(text: str) -> str | None:
    sents = sentences.split(text)
    _, atts = attribution.attribute(text, sents, None)
    return None if atts[0].source == attribution.OUTLET_KEY else atts[0].source


@pytest.mark.parametrize(
    "text",
    [
        "The foreman keeps our phones and says we can have them back in October.",
        "Her boss deducts my rent from the wage and says it is the rule here.",
    ],
)
def test_habitual_abuse_before_says_is_the_tellers(text: str) -> None:
    assert _speaker(text) is None


def test_speaker_who_keeps_no_one_elses_things_still_speaks() -> None:
    assert _speaker("The manager keeps a list of every shift and says the firm follows the law.") is not None
