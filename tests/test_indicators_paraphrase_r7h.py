"""Round 7, seventh batch (knowledge/indicators.yaml, rules ``*.r7_*``): pay kept "until the end of the
contract", paid for none of the months, a salary nobody receives, paid "when he paid", small sums paid
"sometimes", the rest "for the country", a few percent kept (FL08); no friends allowed, eyes kept off the
window, punished for a phone, no phone at all (FL04). Own sentences (fictional people, real places)."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "The brigadier kept it until the end of the contract, and the contract never ended.",
    "Pak worked at the yard for nineteen months and was paid for none of them.",
    "It was a salary nobody receives.",
    "The foreman paid us, when he paid.",
    "We pay the agency, the agency pays the leader, if he pays them.",
    "We got 100 euros, sometimes 150.",
    "The rest, the leader said, was for the motherland.",
    "The difference was the state's share.",
    "The men got maybe 10 percent.",
    "Received 3,000 or 4,000 rubles for cigarettes, as far as I know.",
])
def test_withholding(text: str) -> None:
    assert "withholding_of_wages" in _inds(text)


@pytest.mark.parametrize("text", [
    "All the rest of the tickets are for the party at the town hall.",
    "Students get 10 percent off at the museum in Tartu.",
    "The club got 20 orders, sometimes 30, each week.",
    "We paid for none of the drinks at the wedding.",
    "The company pays 500 yuan a month for food and housing.",
])
def test_withholding_negative(text: str) -> None:
    assert "withholding_of_wages" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The cooks are moved to another city every year so that they don't make friends.",
    "On the bus the men were told not to look out of the windows.",
    "A welder was fined for using his phone in the dormitory.",
    "One of the Koreans was beaten after asking to call home.",
    "The women were not allowed to use a phone except on Sundays.",
])
def test_isolation(text: str) -> None:
    assert "isolation" in _inds(text)


@pytest.mark.parametrize("text", [
    "Drivers are not allowed to use a phone while driving in Latvia.",
    "Pupils are not allowed to use phones in class at the Riga school.",
])
def test_isolation_negative(text: str) -> None:
    assert "isolation" not in _inds(text)


@pytest.mark.parametrize("text", [
    "Every month the welders signed the payroll twice, once for the real amount.",
    "The agency kept two sets of payrolls, one for the inspectors.",
])
def test_double_books(text: str) -> None:
    assert "deception" in _inds(text)


def test_double_books_negative() -> None:
    assert "deception" not in _inds("The guests signed the visitors' book twice by mistake.")


@pytest.mark.parametrize("text", [
    "They were told the first twelve months went on their travel costs and dormitory fees.",
    "The first year's wages went towards the broker's fee.",
])
def test_first_months_to_costs(text: str) -> None:
    assert "debt_bondage" in _inds(text)


def test_first_months_negative() -> None:
    assert "debt_bondage" not in _inds("The first six months went on training in Poznan.")


@pytest.mark.parametrize("text", [
    "The Korean crews are always kept out of sight.",
    "The cooks from Pyongyang were not allowed in the staff canteen.",
])
def test_isolation_by_separation(text: str) -> None:
    assert "isolation" in _inds(text)


@pytest.mark.parametrize("text", [
    "The cables run behind the wall, kept out of sight.",
    "The team leader bought pizza for all of them after the launch in Tallinn.",
    "On Fridays we don't use the canteen; we eat in the park.",
])
def test_isolation_by_proxy_negative(text: str) -> None:
    assert "isolation" not in _inds(text)


@pytest.mark.parametrize("text", [
    "Their own leader buys everything for them in bulk.",
    "The minder buys whatever they need, so the women never see the market.",
])
def test_leader_shops_for_them(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)
