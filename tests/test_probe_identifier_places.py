"""A register's name before its number is no place (probe diag68): "IMO 9123456" numbers a ship, not Imo State in
Nigeria; the state named as a place, and an upper-case dateline, stay places. Every text is written for this test;
ships and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.places import find


def _names(text: str) -> set[str]:
    return {p.name for p in find(text)}


@pytest.mark.parametrize("text", [
    "2. SILVER GULL (IMO 9123456), tanker, last reported flag: Panama.",
    "The trawler, IMO 8801234, was seen off Busan with a crew of 40.",
])
def test_imo_number_is_no_place(text: str) -> None:
    assert not any(n.lower() == "imo" for n in _names(text))


@pytest.mark.parametrize("text,present", [
    ("Recruiters in Imo State promised the women jobs in Beirut.", "Imo"),
    ("The crew of the SILVER GULL said they had not been paid since leaving Busan.", "Busan"),
])
def test_places_stay(text: str, present: str) -> None:
    assert any(present in n for n in _names(text))
