"""Named people speak in their institution's name when their role says so: lawmakers and
governors for the state (`official`), a company's director or manager for the company
(`organization`); researchers and workers speak for themselves (fictional names)."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "lawmaker Park Jin-woo",
    "Park Jin-woo, a lawmaker of the ruling party",
    "opposition lawmaker Kim Sun-hee",
    "Senator Maria Lopez",
    "MP Tom Grech",
])
def test_named_lawmakers_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "Jan Kowalski, director of Baltic Hull Services",
    "Liu Yang, manager of the Golden Crab restaurant",
])
def test_a_named_company_executive_speaks_for_the_company(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "Kim Chol, a former manager at the plant",
    "Andrei Lankov, a professor at Kookmin University",
    "Lee Ji-yeon, a researcher at the Seoul Institute",
    "Pak Chol-min",
])
def test_people_who_speak_for_themselves_stay_named_persons(phrase: str) -> None:
    assert classify(phrase) == "named_person"
