"""Probes: a recruitment agency described by what it did to the workers ("The agency that recruited her") is a firm,
and so is its director named next; a firm's manager met by the firm's name before the role and then named ("a
Kestrel Foods manager who gave only his first name, Pavel") speaks for the firm; a firm whose name ends in what it
makes ("Plastic Toys") is a firm. Texts written for these tests; every person and company is fictional."""

from __future__ import annotations

from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker

AGENCY = LEAD + (
    "Grace Wanjiru, 29, said she was promised a job as a cook in Jeddah and was made to work 18 hours a day.\n\n"
    "The agency that placed her, Sunrise Crest Placements, said it had \"no record of any complaint\" about unpaid wages "
    "from her. "
    "Its director, Daniel Otieno Kamau, said the firm does not work with abusive employers.")


def test_an_agency_described_by_who_it_recruited_is_a_firm() -> None:
    assert classify("The agency that recruited her") == "organization"
    assert classify("the agency which placed them in Jeddah") == "organization"
    assert speaker(AGENCY, "no record of any complaint")[1] == "organization"


def test_a_state_agency_or_a_bare_agency_stays_with_the_other_rules() -> None:
    assert classify("the agency") == "official"
    assert classify("The state agency that sent them") == "official"
    assert classify("the agency that issued the permits") == "official"


def test_its_director_after_an_agency_described_and_named_speaks_for_it() -> None:
    wording, kind, _ = speaker(AGENCY, "does not work with abusive employers")
    assert kind == "organization" and wording is not None and "Kamau" in wording


def test_a_firms_manager_by_the_firm_before_the_role_and_a_given_name_is_the_firm() -> None:
    text = LEAD + ("Reached by phone, a Kestrel-Trans manager who gave only his first name, Pavel, denied that the "
                   "company keeps the drivers' passports.")
    wording, kind, _ = speaker(text, "denied that the company keeps")
    assert kind == "organization" and wording is not None and "Pavel" in wording
    assert classify("an Amurlift director, Oleg Sokolov") == "organization"


def test_a_nationality_or_a_place_before_the_role_is_no_firm() -> None:
    assert classify("a Russian manager who gave only his first name, Oleg") == "named_person"
    assert classify("a Moscow manager, Oleg Petrov") == "named_person"


def test_a_firm_named_by_what_it_makes_is_a_firm() -> None:
    assert classify("Zhejiang Brightstar Plastic Toys, the plant's operator") == "organization"
    assert classify("Lakeside Domestic Placements") == "organization"
