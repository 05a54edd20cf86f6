"""Indicator cues for wordings of NGO findings, union submissions and court digests: identity cards and voter
cards held ("the team leaders keep the voter cards of the new workers", "My card stayed with the chief"); blows
by ships' officers and the injuries they leave ("struck by officers", "lost the hearing in one ear after a
blow"); weeks without a day off ("worked 74 days in a row"); pay that stopped, went unpaid for days worked or left
with the middleman. Negative controls keep ordinary uses quiet. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize("text,kind", [
    ("The supervisors keep the voter cards of the new pickers so that they cannot work elsewhere.",
     "retention_of_identity_documents"),
    ("\"My card stayed with the foreman for four months.\"", "retention_of_identity_documents"),
    ("Three deckhands say they were struck by officers during the night shift.", "physical_and_sexual_violence"),
    ("One fisherman lost the hearing in one ear after a blow from the bosun.", "physical_and_sexual_violence"),
    ("She said she had worked 60 days in a row before being given a day off.", "excessive_overtime"),
    ("Salaries of AED 1,800 a month stopped in March, the men said.", "withholding_of_wages"),
    ("\"They did not pay me for the twelve days I worked in May,\" he said.", "withholding_of_wages"),
    ("In December the brigadier disappeared with everybody's money.", "withholding_of_wages"),
])
def test_cues(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "Workers keep their voter cards with them.",
    "The strike was a blow to the economy after the broken talks.",
    "The trade fair runs three days in a row.",
    "The payments stopped after the project ended.",
])
def test_controls(text: str) -> None:
    assert not _kinds(text) & {"retention_of_identity_documents", "physical_and_sexual_violence",
                               "excessive_overtime", "withholding_of_wages"}


@pytest.mark.parametrize("text", [
    "I was told I would work for a family of three in Jeddah for 900 riyals a month.",
    "The agent said I would be a driver for a hotel, with a car of my own.",
    "They had been recruited in Nairobi for hotel jobs and learnt only in Doha that they would be cleaning "
    "construction camps.",
])
def test_deception_cues(text: str) -> None:
    assert "deception" in _kinds(text)


@pytest.mark.parametrize("text", [
    "He said we would be at the hotel by noon.",
    "I told my mother I would be home for the family wedding.",
])
def test_deception_controls(text: str) -> None:
    assert "deception" not in _kinds(text)


@pytest.mark.parametrize("text,kind", [
    ("If there is a fire at night, nobody can run out.", "restriction_of_movement"),
    ("\"They lock us in like goats,\" one loader said.", "restriction_of_movement"),
    ("A minder who does not work walks them to the bus and back.", "restriction_of_movement"),
    ("Our permits expired, and if we go out the police can pick us up.", "restriction_of_movement"),
    ("Workers who complained to the inspectors were dropped from the roster the next week.", "intimidation_and_threats"),
    ("She told me: if you go, I will tell the police you stole my ring.", "intimidation_and_threats"),
])
def test_restriction_and_threat_cues(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "They treat the goats like family on the farm.",
    "If you leave the party early we will call you a taxi.",
    "The complaint was dismissed by the court in May.",
])
def test_restriction_and_threat_controls(text: str) -> None:
    assert not _kinds(text) & {"restriction_of_movement", "intimidation_and_threats"}


@pytest.mark.parametrize("text,kind", [
    ("Crew are routinely kept at sea for far longer than their contracts provide.", "isolation"),
    ("\"We were transferred from one boat to another at sea,\" a deckhand said.", "isolation"),
    ("In Qatar workers are transferred between sponsors without their consent.", "abuse_of_vulnerability"),
    ("He denounced what he called \"the sale of workers between contractors\".", "abuse_of_vulnerability"),
    ("They were recruited by an agent who promised 300 dollars (about 900 rupees) a month.", "deception"),
])
def test_sea_trade_promise_cues(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text,kind", [
    ("The ship stayed at sea for transshipment.", "isolation"),
    ("The fishermen were lost at sea in the storm.", "isolation"),
    ("The ministry transferred funds between contractors.", "abuse_of_vulnerability"),
])
def test_sea_trade_controls(text: str, kind: str) -> None:
    assert kind not in _kinds(text)
