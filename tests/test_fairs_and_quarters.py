"""Words of business news that look like cues: a quarter of the year next to building sites is no sleeping quarters, a
standing-room crowd at a panel is no crowded room, and an app on workers' phones that lets them check their pay takes
no phone away. The cues stay where the words tell of workers. Texts written for these tests; names and figures are
invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-15", "language": "en"}


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence, 0).hits}


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Transfers dip every first quarter, as building sites in Kazakhstan run short shifts in the frost.",
     "abusive_working_and_living_conditions"),
    ("A seminar on heat safety drew a standing-room audience on the fair's second day.",
     "abusive_working_and_living_conditions"),
    ("An Abu Dhabi start-up showed a phone app with which cleaners can check their payslips in Tagalog.",
     "isolation"),
])
def test_business_words_are_no_cues(sentence: str, indicator: str) -> None:
    assert indicator not in _kinds(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The men slept on the building site itself, under plastic sheets.", "abusive_working_and_living_conditions"),
    ("Twelve women were crammed into one room above the shop.", "abusive_working_and_living_conditions"),
    ("The supervisor collected their phones and checked them every night.", "isolation"),
])
def test_the_cues_still_fire_on_workers(sentence: str, indicator: str) -> None:
    assert indicator in _kinds(sentence)


FAIR = (
    "Builders' fair opens in Doha\n\n"
    "DOHA -- Some 700 exhibitors from 30 countries opened stands at the city's exhibition centre on Monday, selling "
    "cranes, scaffolding and cooling vests for site crews.\n\n"
    "\"Orders for the second quarter are up on last year,\" said Hamad Al-Sulaiti, head of the organiser, Gulf Expo "
    "Partners. He said a panel on heat at work drew a standing-room crowd.\n\n"
    "A Kuwaiti firm showed a phone app that lets workers check their wage payments in nine languages.\n"
)


def test_a_trade_fair_stays_quiet() -> None:
    result = analyse(FAIR, META)
    assert result.claims == [] and result.indicators() == []
