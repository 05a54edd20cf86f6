"""Round 7, second batch of paraphrase categories (knowledge/indicators.yaml, rules ``*.r7_*``): minders who
live with the crew, makeshift beds and shared heaters, a worker sent home for going out, a worker gone the
next day, an injured worker not taken to hospital (abusive conditions). Own sentences (fictional people, real places), with
negative cases from ordinary work, sport, travel and news."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "A political minder lived with the brigade in the hostel in Irkutsk.",
    "Each crew had a minder from the security ministry.",
    "Every brigade has its own political officer, who sleeps in the same barracks.",
    "An overseer travelled with the women from Sinuiju to the plant.",
    "The men are closely watched, a neighbour in Nakhodka said.",
    "The seamstresses were watched day and night.",
])
def test_minder_with_the_crew(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


@pytest.mark.parametrize("text", [
    "Each team had a coach and a physiotherapist at the Tallinn tournament.",
    "The election in Ulaanbaatar is being closely watched by investors.",
    "Each floor of the office tower has a fire warden.",
    "The group leader travelled with the pupils to the museum.",
])
def test_minder_negative(text: str) -> None:
    assert "restriction_of_movement" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The plasterers slept on the tiles of the unfinished sauna.",
    "Nine women slept on cardboard between the sewing machines.",
    "In winter there was one heater for twelve people.",
    "A single stove was shared by thirty men in the barracks.",
    "The crew lived in containers with no heating.",
    "They were housed in rooms without glass in the windows.",
    "We had only paper masks against the fibreglass dust.",
    "The welders worked with nothing but rags over their faces.",
])
def test_makeshift_living(text: str) -> None:
    assert "abusive_working_and_living_conditions" in _inds(text)


@pytest.mark.parametrize("text", [
    "Festival-goers slept on cardboard in the campsite near Gdynia.",
    "The hotel suite in Doha has one bathroom for four guests.",
    "We met in a windowless conference room in Warsaw.",
    "Bring only sandals and a towel to the pool.",
])
def test_makeshift_living_negative(text: str) -> None:
    assert "abusive_working_and_living_conditions" not in _inds(text)


@pytest.mark.parametrize("text", [
    "A welder from another brigade was sent home after he went to a shop alone.",
    "Two women were sent back because they had talked to a Russian neighbour.",
    "The next week he was gone.",
    "The following morning she was sent home.",
    "Days later the man was taken away.",
])
def test_sent_home_for_conduct(text: str) -> None:
    assert "intimidation_and_threats" in _inds(text)


@pytest.mark.parametrize("text", [
    "The striker was sent home from the World Cup squad after he broke curfew.",
    "The next day he was sent home from hospital to recover.",
    "The following week she was gone on holiday to Varna.",
    "A pupil was sent home from school for talking in class.",
])
def test_sent_home_negative(text: str) -> None:
    assert "intimidation_and_threats" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The injured carpenter was not taken to hospital.",
    "They took him back to the dormitory, not to the hospital.",
    "The foreman did not take her to a hospital after the fall.",
    "A burned worker was flown home rather than treated in Valletta.",
])
def test_no_hospital(text: str) -> None:
    assert "abusive_working_and_living_conditions" in _inds(text)


@pytest.mark.parametrize("text", [
    "The driver was not taken to hospital because his injuries were minor.",
    "She was unhurt and was not taken to hospital.",
])
def test_no_hospital_negative(text: str) -> None:
    assert "abusive_working_and_living_conditions" not in _inds(text)


def test_no_hospital_is_an_untreated_injury() -> None:
    # Annex B lists injuries left untreated under abusive conditions (FL10), not under abuse of vulnerability
    hits = {h.rule for h in match("The injured carpenter was not taken to hospital.").hits}
    assert "FL10.r7_untreated_no_hospital" in hits
    assert not any(r.startswith("FL01.r7") for r in hits)


def test_watched_by_security_is_not_restriction() -> None:
    # "watched by security agents" is intimidation in Annex B, not a restriction of movement
    assert "FL03.r7_closely_watched" not in {
        h.rule for h in match("The crews were closely watched by state security agents.").hits
    }
