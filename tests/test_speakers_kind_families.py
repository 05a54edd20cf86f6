"""Speaker kinds by family of wording, when the speaker's words are right and only the kind is in doubt.

Family: a named company director or manager given with the firm (README, speaker kinds: "their named
directors and managers given as such", "their HR or general manager" are ``organization``), in the
shapes the earlier rules missed: a one-word firm name before "'s general manager", "the director of
<Firm>, <Name>", "Its director, <Name>", the role after the name ("<Name>, <Firm>'s general manager").
Negative cases: a person's manager, a former director, an unnamed director, a state body's or a
union's head. Names and firms are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "Tengri's general manager, Aibek Nurlanov",
    "Sarnai's operations manager, Oyun Erdene",
    "Veltra's HR manager, Joanna Mazur",
    "The director of Polarnord-Trans, Arkady Belov",
    "The chief executive of Kestrel Foods, Dana Rusu",
    "the general manager at the plant, Li Wen",
    "Its director, B. Tsetseg",
    "Its general manager, Marta Kowal",
    "Their HR manager, Nguyen Thi Lan",
    "The head of Tengri, Aibek Nurlanov",
    "Aibek Nurlanov, Tengri's general manager",
    "Aibek Nurlanov, general manager of Tengri",
    "Aibek Nurlanov, the managing director of Tengri",
])
def test_named_company_director_or_manager_speaks_for_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "The singer's manager, Dana Rusu",      # a person's manager
    "Dana Rusu, the manager of Petrov",     # idem, role after the name
    "Dana Rusu, Petrov's manager",
    "The former director of Kestrel Foods, Dana Rusu",   # a former head speaks as a person
    "Dana Rusu, a former general manager of Tengri",
    "The director, Dana Rusu",              # whose director is not said
    "Its head, Dana Rusu",
    "Dana Rusu, the union's director",      # a union's head is a person (README)
])
def test_not_a_firm_speaking(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", [
    "The director of the Labour Department, Dana Rusu",
    "The head of the ministry, Dana Rusu",
])
def test_state_body_heads_stay_official(phrase: str) -> None:
    assert classify(phrase) == "official"
