"""Round 7, fourth batch (knowledge/indicators.yaml, rules ``*.r7_*``): wages routed to an account or a
person when an amount stands between the wage and the verb ("her pay, about 2,000 yuan a month, was
credited to ..."); threats of recall and of what "home" means; isolation by proxies and device checks;
never out alone; armed guards. Own sentences (fictional people, real places) with negative cases."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "Her monthly pay of 2,100 yuan (around $290) was credited to an account she had never seen.",
    "The welders' wages, about 500 euros a month each, were transferred to an account controlled by a trading bureau.",
    "Each worker's salary of roughly 3,000 yuan went into a bank account that the team leader controlled.",
    "The seamstresses' wages, some 800,000 tugriks a month, were paid to a North Korean man at the gate.",
    "According to the union, pay of about 1,800 dirhams a month per man was collected in cash by the foreman.",
])
def test_wages_routed_past_an_amount(text: str) -> None:
    assert "withholding_of_wages" in _inds(text)


@pytest.mark.parametrize("text", [
    "Salaries of about 4,000 zloty are paid into accounts held by the workers themselves.",
    "Her pay of 2,000 euros a month goes into a bank account in her own name.",
])
def test_wages_routed_negative(text: str) -> None:
    assert "withholding_of_wages" not in _inds(text)


@pytest.mark.parametrize("text", [
    "Loggers who miss the norm are told they will be recalled and never sent abroad again.",
    "For a welder from Hamhung, being sent home means the mines.",
    "Everyone knew that going back would mean prison.",
    "The minder said anyone who slowed down would be the first to be sent home.",
    "He was told to keep cutting or pay his own ticket home.",
    "The captain said I would owe my own flight and the penalty.",
])
def test_threats_of_recall(text: str) -> None:
    assert "intimidation_and_threats" in _inds(text)


@pytest.mark.parametrize("text", [
    "For the striker, going home means a quiet summer in Split.",
    "The first to go home were the volunteers from Tartu, on Friday.",
    "Fans could pay on the door or buy a ticket online.",
])
def test_threats_of_recall_negative(text: str) -> None:
    assert "intimidation_and_threats" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The women from the fourth floor don't speak to anyone.",
    "The minder answered every question for them.",
    "Their team leader answered on their behalf when the inspector asked about hours.",
    "The chief checked our laptops every night for foreign news.",
    "Security officers searched their phones for South Korean dramas.",
])
def test_isolation_paraphrases(text: str) -> None:
    assert "isolation" in _inds(text)


@pytest.mark.parametrize("text", [
    "The coach didn't speak to anyone after the match in Bilbao.",
    "Their lawyer answered on their behalf at the hearing in Gdansk.",
    "The IT desk checked the laptops every night for viruses.",
])
def test_isolation_negative(text: str) -> None:
    assert "isolation" not in _inds(text)


@pytest.mark.parametrize("text", [
    "We went out only to the site and back.",
    "The Koreans never come alone.",
    "The seamstresses never shop without the minder.",
    "There were armed guards at the dormitory entrance.",
    "Guards with dogs patrolled the fence at night.",
])
def test_restriction_paraphrases(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


@pytest.mark.parametrize("text", [
    "Misfortunes never come alone, as the saying goes.",
    "Armed guards protect the bank vault in Riga.",
    "On Fridays we went out only for dinner.",
])
def test_restriction_negative(text: str) -> None:
    assert "restriction_of_movement" not in _inds(text)


def test_answer_for_is_being_held_responsible() -> None:
    # "relatives who will answer for them" is a threat to the family, not someone speaking in their place
    text = "Only workers with relatives at home who will answer for them are sent to Dandong."
    assert "FL04.r7_answered_for_them" not in {h.rule for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "A plasterer was slapped in front of the brigade and sent back early as a warning.",
    "The leader said they had to finish the order or nobody would eat.",
    "Those who fell short were criticised and lost their food rations.",
    "A welder who complained was fined to set an example.",
])
def test_punishment_as_a_lesson(text: str) -> None:
    assert "intimidation_and_threats" in _inds(text)


@pytest.mark.parametrize("text", [
    "The referee sent the coach off as a warning to both benches.",
    "Finish your homework or you will not watch the match tonight.",
])
def test_punishment_negative(text: str) -> None:
    assert "intimidation_and_threats" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The Korean women were kept in a locked wing of the dormitory.",
    "The crews lived in a fenced section of the camp outside Doha.",
])
def test_locked_section(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


def test_locked_section_negative() -> None:
    assert "restriction_of_movement" not in _inds("The museum keeps its rarest maps in a separate room in Vilnius.")
