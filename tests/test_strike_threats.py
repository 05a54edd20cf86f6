"""A strike threatened over pay owed to the workers is an ordinary dispute: staff who will stop work unless the city
pays are no one barred from the city, money owed to them is no debt of theirs, and a walkout with a rise asked for is
a dispute's procedure. Debts the workers owe and bans on going to town stay cues. Texts written for these tests;
names and figures are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-10-12", "language": "en"}

THREAT = """Kazan tram strike looms

KAZAN -- The union that speaks for Kazan's tram crews has told the city it will call a walkout from Friday.
Each of some 150 drivers is owed about 41,000 rubles for night shifts during the summer repairs, and the crews say they
will stop work from Monday unless the city settles the bill.

City hall blamed a delay in the regional budget and promised payment within weeks; basic wages, it said, were never
late. The crews are also seeking a raise of 8 percent for next year.
"""


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence, 0).hits}


def test_a_strike_threat_over_owed_pay_is_quiet() -> None:
    assert analyse(THREAT, META).claims == []


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Crane operators said they would stop work unless the city paid them by Friday.", "restriction_of_movement"),
    ("Each porter at the market is owed about 30,000 rubles.", "debt_bondage"),
])
def test_strike_threats_and_money_owed_to_workers_are_no_cues(sentence: str, indicator: str) -> None:
    assert indicator not in _kinds(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The men borrowed 2,000 dollars from the broker and still owe most of it.", "debt_bondage"),
    ("The women were banned from going into town, even on their day off.", "restriction_of_movement"),
])
def test_debts_owed_by_workers_and_bans_stay_cues(sentence: str, indicator: str) -> None:
    assert indicator in _kinds(sentence)
