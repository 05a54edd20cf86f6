"""Probes: a place name right before a currency's abbreviation and a sum ("paid an agent in Kathmandu Rs 180,000",
"in Dhaka Tk 90,000") is still the place; a place name before another capitalised word of a longer name stays
with the other rules. Sentences written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


def _places(text: str) -> set[str]:
    return {p.name for p in analyse(text, META).places}


def test_a_place_before_a_currency_abbreviation_and_a_sum() -> None:
    assert "Kathmandu" in _places("Before I left I paid a recruiter in Kathmandu Rs 250,000 for the visa.")
    assert "Dhaka" in _places("He paid a broker in Dhaka Tk 90,000 for the job.")


def test_a_place_inside_a_longer_name_is_not_read_alone() -> None:
    assert "Dandong" not in _places("He works for Dandong Ocean Star Foods, a seafood exporter.")


def test_a_street_before_a_sum_is_not_a_currency() -> None:
    assert "Promyshlennaya" not in _places("The court fined the owner of a workshop on Promyshlennaya Street 800,000 "
                                           "rubles.")
