"""Probes: pay that went up, overtime that was cut, and a speaker who cannot say whether workers were paid are no
evidence of withheld wages or excessive overtime; the abuse said plainly still is. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, indicators

WAGES = "withholding_of_wages"
OVERTIME = "excessive_overtime"


@pytest.mark.parametrize("sentence", [
    "After the strike at the sawmill, wages rose by a fifth.",
    "The walkout ended when wages rose to 30,000 rubles a month.",
    "Wages have risen since the protest in May, the union said.",
    "Pay went up after the warehouse stoppage last winter.",
])
def test_pay_that_rose_after_a_protest_is_no_withheld_pay(sentence: str) -> None:
    assert WAGES not in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Workers went on strike over four months of unpaid wages.",
    "The loggers staged a protest after their pay was withheld for three months.",
    "Their wages were cut by half after they complained.",
])
def test_a_protest_over_pay_withheld_and_a_pay_cut_still_count(sentence: str) -> None:
    assert WAGES in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Overtime was cut to two hours a day after the inspection.",
    "The new manager reduced overtime and hired a second crew.",
    "Since March the contractor has banned overtime on Sundays.",
])
def test_overtime_cut_or_limited_is_no_excessive_overtime(sentence: str) -> None:
    assert OVERTIME not in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "They were forced to work overtime until midnight every day.",
    "The welders worked unpaid overtime through the night shift.",
])
def test_forced_overtime_still_counts(sentence: str) -> None:
    assert OVERTIME in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The foreman, Ivan Petrov, said he could not say whether they were paid.",
    "The agent did not know whether the women had been paid at all.",
    "He said he was not sure if the cooks were ever paid for March.",
])
def test_not_knowing_whether_workers_were_paid_asserts_nothing(sentence: str) -> None:
    a = analyse(LEAD + sentence, META)
    claim = next(c for c in a.claims if c.text.startswith(sentence[:20]))
    assert not claim.indicators
    assert claim.polarity == "affirmed"  # an open question, not a denial that pay was withheld


@pytest.mark.parametrize("sentence", [
    "The men were not paid for four months.",
    "She said the cooks had never been paid for their overtime.",
])
def test_pay_not_received_still_counts(sentence: str) -> None:
    assert WAGES in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Pay went up after the dock workers' stoppage last winter.",
    "The dock crews were paid on time, the port authority said.",
])
def test_dock_workers_are_no_docked_pay(sentence: str) -> None:
    assert WAGES not in indicators(sentence)  # "docked" is matched as written, not through its stem "dock"


@pytest.mark.parametrize("sentence", [
    "The manager docked their pay for every late arrival.",
    "The company was docking a week's wages for each absence.",
])
def test_docked_pay_still_counts(sentence: str) -> None:
    assert WAGES in indicators(sentence)
