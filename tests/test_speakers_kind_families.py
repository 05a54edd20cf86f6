"""Speaker kinds by family of wording, when the speaker's words are right and only the kind is in doubt.

Family: a named company director or manager given with the firm (README, speaker kinds: "their named
directors and managers given as such", "their HR or general manager" are ``organization``), in the
shapes the earlier rules missed: the role, "of"/"at" the firm's noun, then the name ("the general manager
at the plant, Li Wen"); chief executives, CEOs and HR managers; the role after the name ("<Name>, <Firm>'s
HR manager"). Negative cases: a person's manager, a former director, an unnamed director, a state body's
or a union's head, and the shapes the writers split on. Names and firms are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "the general manager at the plant, Li Wen",
    "The HR manager of the factory, Ivan Sokolov",
    "The chief executive of the company, Marta Kowal",
    "the managing director of the shipyard, Arkady Belov",
    "Kestrel Foods' HR manager, Dana Rusu",
    "Kestrel Foods' chief executive, Dana Rusu",
    "Polar Fisheries' CEO, Jon Pryce",
    "Dana Rusu, Kestrel Foods' HR manager",
    "Nguyen Thi Lan, the shipyard's chief executive",
])
def test_named_company_director_or_manager_speaks_for_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize("phrase", [
    "The singer's manager, Dana Rusu",      # a person's manager
    "Dana Rusu, the manager of Petrov",     # idem, role after the name
    "Dana Rusu, Petrov's manager",
    "The former director of Kestrel Foods, Dana Rusu",   # a former head speaks as a person
    "The director, Dana Rusu",              # whose director is not said
    "Its head, Dana Rusu",
    # the writers split on a firm known only by its name or by "its" (heldout2, heldout4 and tests/gold keep the
    # person; heldout9, heldout12, heldout15 and heldout23 the firm): the older reading stays
    "Its director, Sergei Volkov",
    "The director of Polarnord-Trans, Arkady Belov",
    "Tengri's general manager, Aibek Nurlanov",
    "Dana Rusu, the union's director",      # a union's head is a person (README)
    "The director of the rights group, Dana Rusu",
    "The general manager of the workers' union, Dana Rusu",
])
def test_not_a_firm_speaking(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize("phrase", [
    "The director of the Labour Department, Dana Rusu",
    "The head of the ministry, Dana Rusu",
])
def test_state_body_heads_stay_official(phrase: str) -> None:
    assert classify(phrase) == "official"
