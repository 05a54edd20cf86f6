"""Probes for the classes of miss found when heldout246 (workers on Chinese-run sites in Africa, and African workers
recruited abroad) was opened for study (branch diag246). Every text is written for these tests, in our own wording:
people, firms and figures are invented (places are real); each class has controls that must not change.

* a site named after a place with a word of its kind ("the Nakuru Industrial Area", "the Kisumu Special Economic
  Zone") is a place of its own, in that place's country (airports are left as they were);
* a town the gazetteer does not know, in a dateline before its region ("KIBWEZI, Makueni County \u2014") or after a
  preposition of place and before its region ("near Mtito, in Makueni County"), is a place of that country;
* the districts of Sierra Leone and the chief towns of its districts are places.
"""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def _found(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text)}


# ---------------------------------------------------------------- sites named after a place


@pytest.mark.parametrize(("text", "site", "country"), [
    ("The welders rent rooms behind a garage in the Nakuru Industrial Area and walk to work.",
     "Nakuru Industrial Area", "KE"),
    ("A bottling plant opened last year inside the Kisumu Special Economic Zone.",
     "Kisumu Special Economic Zone", "KE"),
])
def test_site_named_after_a_place(text: str, site: str, country: str) -> None:
    found = _found(text)
    assert (site, country) in found
    town = site.split()[0]
    assert (town, country) not in found  # the town is named only as the site's


def test_site_named_after_a_country_keeps_the_country() -> None:
    found = _found("Cleaning crews in the Bahrain Industrial Area say their overtime goes unpaid.")
    assert ("Bahrain Industrial Area", "BH") in found
    assert ("Bahrain", "BH") in found


def test_site_in_lower_case_heavy_industry() -> None:
    found = _found("Crane drivers at a port yard in the Mombasa Heavy Industrial Zone were laid off, in Kenya.")
    assert ("Mombasa Heavy Industrial Zone", "KE") in found


@pytest.mark.parametrize("text", [
    "A minibus took the recruits from Entebbe to Kampala overnight.",  # a town, no site
    "Nakuru Industrial Supplies Ltd sold the boots to the crew.",  # a firm's name, no kind of site
    "The nannies flew out of Accra Kotoka Industrial Park at dawn.",  # the site's name is more than the town's
    "Two nurses were stopped by immigration officers at Entebbe International Airport before boarding.",  # an airport
])
def test_site_controls(text: str) -> None:
    assert not any(p.gazetteer_id.startswith("site:") for p in places.find(text))


# ---------------------------------------------------------------- unknown towns before their region


def test_dateline_town_before_its_region() -> None:
    found = _found("KIBWEZI, Makueni County \u2014 Quarry hands at a stone pit say their June wages are still owed.")
    assert ("Kibwezi", "KE") in found
    assert ("Makueni", "KE") in found


def test_town_after_preposition_before_its_region() -> None:
    found = _found("Pickers on a sisal estate near Mtito, in Makueni County, sleep in a grain store.")
    assert ("Mtito", "KE") in found


@pytest.mark.parametrize("text", [
    "A letter from Acme Holdings, Lagos State, asked for more time.",  # a firm after "from"
    "The complaint reached Grace Otieno, Nairobi County chairman of the union.",  # a person
    "Staff in Acme Foods, Lagos State chairman Ade Bello said, were unpaid.",  # a firm's word
    "Kibwezi Traders, Makueni County \u2014 a shop",  # not in capitals: no dateline
])
def test_region_town_controls(text: str) -> None:
    assert not any(p.gazetteer_id.startswith("town:") for p in places.find(text))


# ---------------------------------------------------------------- Sierra Leone's districts and their chief towns


def test_sierra_leone_district() -> None:
    assert ("Bombali", "SL") in _found("Diamond diggers in Bombali district told the inspectors they were owed wages.")


def test_sierra_leone_district_town() -> None:
    found = _found("The recruiter collected fees from families in Kambia and Moyamba, in Sierra Leone.")
    assert {("Kambia", "SL"), ("Moyamba", "SL")} <= found


def test_kono_only_with_its_level_word() -> None:
    assert not any(p.country == "SL" for p in places.find("Foreign minister Taro Kono met the delegation in Tokyo."))
    assert ("Kono District", "SL") in _found("Miners in Kono District staged a sit-in.")


def test_county_before_its_state_is_no_town() -> None:
    assert not any(p.gazetteer_id.startswith("town:") for p in places.find(
        "Poultry catchers in Sampson County, North Carolina, said they slept in vans."))
