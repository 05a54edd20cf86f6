"""Debts of the farm store and the recruiter's advance, people in chains, and camps far from the road (a study of s41
on a held-out set; every sentence here is written for this test, with fictional people): a recruiter's loan before the
work, the fare paid with money handed to the family, the store's book taken out of the pay, a store bill that costs more
than the pay, pay given as goods through the store and the book in which a foreman writes down what each man takes are
``debt_bondage``; people kept in chains are ``restriction_of_movement``; a camp a given distance from the road is
``isolation``. Near misses (a bank's loan, a refund, a diary, fear of losing a job, suspects in chains, a crash near a
highway) get none of these."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("The broker lent every man 250 dollars before the journey.", "debt_bondage"),
    ("The agent paid my ticket and gave my mother 150 soles.", "debt_bondage"),
    ("I pay the fare and I give the wives an advance.", "debt_bondage"),
    ("Each Friday the overseer subtracted the book from their wages.", "debt_bondage"),
    ("By payday the canteen bill exceeded their wages.", "debt_bondage"),
    ("Cutters got their wages in kind at the estate shop for most of the season.", "debt_bondage"),
    ("Every cutter had a ledger in which the overseer wrote down the flour and soap he took from the shop.", "debt_bondage"),
    ("Inspectors once found a boy in chains at a charcoal camp.", "restriction_of_movement"),
    ("The sawmill is 120 kilometres from the road, along a logging track.", "isolation"),
])
def test_positives(text: str, indicator: str) -> None:
    assert indicator in _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The bank lent the cooperative 90,000 dollars before the harvest.", "debt_bondage"),
    ("The employer paid for the tickets and gave each worker a phone.", "debt_bondage"),
    ("They took the bus to the market and paid the fare in cash.", "debt_bondage"),
    ("The clerk wrote down the names of the visitors in a ledger.", "debt_bondage"),
    ("Many workers are afraid to leave their jobs in a bad year.", "restriction_of_movement"),
    ("Three suspects were brought into court in chains.", "restriction_of_movement"),
    ("Our supply chain is checked every year.", "restriction_of_movement"),
    ("The crash happened 5 km from the highway.", "isolation"),
])
def test_near_misses(text: str, indicator: str) -> None:
    assert indicator not in _found(text)
