"""Unnamed officials: one described by the field of government they work in ("a labour official")
speaks for the state; a former office holder, or a foreign official met as a person, is an anonymous
source (phrases written for these tests)."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "a labour official", "a Kazakh labour official", "a labor official in the province", "a ministry official",
    "a regional official",
])
def test_an_official_of_a_field_of_government_is_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "a former labour official", "a former ministry official", "a retired regional official",
    "a North Korean official in Dandong", "a former inspector",
])
def test_former_or_foreign_officials_met_as_people_are_anonymous(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"

