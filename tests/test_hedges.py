"""Hedges, denials, unconfirmed notes and hypotheticals (invented sentences)."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import find_hedges, is_denial, is_hypothetical, is_unconfirmed


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The workers were reportedly paid nothing.", "reportedly"),
        ("The manager allegedly kept the money.", "allegedly"),
        ("They are believed to work at a mine near Chita.", "are believed to"),
        ("Some 300 men are thought to remain in Doha.", "are thought to"),
        ("The crews would most likely be sent home.", "most likely"),
        ("The firm probably hired them through a broker.", "probably"),
        ("The report estimated that 2,000 workers remained.", "estimated"),
        ("Up to 500 workers may have left the region.", "may have"),
        ("The number could be higher.", "could be"),
        ("It is understood that the contract was renewed.", "it is understood"),
        ("The workers apparently slept in containers.", "apparently"),
        ("Seemingly, nobody was paid.", "seemingly"),
        ("Welders are said to earn a tenth of the local wage.", "are said to"),
    ],
)
def test_hedges_found(text: str, cue: str) -> None:
    assert cue in find_hedges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The workers could not leave the compound.",
        "They cannot contact their families.",
        "The men may not leave the site without a minder.",
        "About 300 workers arrived at the port in March.",
        "The source said wages were withheld.",
        "An unlikely story spread.",
    ],
)
def test_not_hedges(text: str) -> None:
    assert find_hedges(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that any North Koreans work in the region.",
        "The company denies employing foreign workers.",
        "There are no North Korean workers in our factories.",
        "Officials said there was no evidence that workers were abused.",
        "The embassy rejected the allegations as baseless.",
        "The firm said it does not employ any North Korean nationals.",
        "The auditor found no evidence of forced labour.",
        "Police sent all North Korean workers home in 2019.",
    ],
)
def test_denials(text: str) -> None:
    assert is_denial(text)


@pytest.mark.parametrize(
    "text",
    [
        "The workers have not been paid for four months.",
        "They are not allowed to leave the dormitory.",
        "They cannot go home.",
        "There are no telephones in the camp.",
        "Workers had no days off.",
    ],
)
def test_negated_conditions_are_not_denials(text: str) -> None:
    assert not is_denial(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The claim could not be independently verified.", True),
        ("Daily Ledger was unable to confirm the report.", True),
        ("The figures have not been confirmed.", True),
        ("The account could not be verified.", True),
        ("This remains unverified.", True),
        ("The company confirmed the figures.", False),
        ("Workers could not leave the site.", False),
    ],
)
def test_unconfirmed(text: str, expected: bool) -> None:
    assert is_unconfirmed(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Forced labour can include the withholding of wages.", True),
        ("Russia plans to send 5,000 more workers next year.", True),
        ("The law prohibits employers from holding passports.", True),
        ("Workers are at risk of debt bondage.", True),
        ("The ILO lists eleven indicators of forced labour.", True),
        ("The workers will be punished if they do not pay.", False),
        ("The manager kept their passports.", False),
    ],
)
def test_hypothetical(text: str, expected: bool) -> None:
    assert is_hypothetical(text) is expected


@pytest.mark.parametrize("sentence, denial", [
    ("None of them reported that their passports had been withheld.", True),
    ("Nobody's passport was ever taken.", True),
    ("No work permit has been issued to citizens of the DPRK.", True),
    ("The inspectors found no DPRK nationals at the yard.", True),
    ("The office said it received no complaint.", True),
    ("The embassy is not aware of any such case.", True),
    ("No citizen of North Korea works for the firm.", True),
    ("All our staff are Kazakh citizens hired under Kazakh law.", True),
    ("We strictly comply with Russian labour law.", True),
    ("The buyer has zero tolerance for forced labour.", True),
    ("The consulate has no information about the crews.", True),
    ("They were routinely denied sick leave.", False),
    ("The men were denied medical treatment for weeks.", False),
    ("The women were denied any rest days.", False),
])
def test_denials_and_denied_rights(sentence: str, denial: bool) -> None:
    assert is_denial(sentence) is denial
