"""Probes for pay owed with an adverb between ("are reportedly owed"), documents the workers "do not have", a count
between passports and "held", keeping documents against keeping pay, and the places of nickel, dam and rail reports
with a given name before a surname (written for labourlens; people and firms are invented)."""

from __future__ import annotations

import pytest

from labourlens.analyse import places
from probe_helpers import lexicon_indicators


@pytest.mark.parametrize(
    "sentence",
    [
        "The welders are reportedly owed between $1,200 and $2,000 each.",
        "The crew were collectively owed 9,000 dollars when the ship was sold.",
    ],
)
def test_pay_owed_to_workers_with_an_adverb_is_withheld_pay_not_debt(sentence: str) -> None:
    found = lexicon_indicators(sentence)
    assert "withholding_of_wages" in found and "debt_bondage" not in found


def test_workers_who_owe_still_owe() -> None:
    assert "debt_bondage" in lexicon_indicators("The welders reportedly owed 20,000 yuan to the broker.")


def test_documents_the_workers_do_not_have_are_held() -> None:
    assert "retention_of_identity_documents" in lexicon_indicators("We do not have our residence cards.")
    assert "retention_of_identity_documents" not in lexicon_indicators("They need to renew their residence cards.")


def test_a_count_between_passports_and_held_still_holds_them() -> None:
    sentence = ("Inspectors found that the passports of at least 46 foreign workers were being held in the "
                "contractor's administration block.")
    assert "retention_of_identity_documents" in lexicon_indicators(sentence)


def test_keeping_documents_only_on_request_is_no_share_of_pay() -> None:
    found = lexicon_indicators('The firm keeps residence cards only "at the workers\' request".')
    assert "withholding_of_wages" not in found
    assert "withholding_of_wages" in lexicon_indicators("The workers keep only 10 percent of their wages.")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Crews at the nickel park in Bahodopi, Morowali, on Sulawesi walked out.", "Morowali", "ID"),
        ("Crews at the nickel park in Bahodopi, Morowali, on Sulawesi walked out.", "Sulawesi", "ID"),
        ("A smelter at Weda Bay on Halmahera hired 300 more men.", "Halmahera", "ID"),
        ("A dam on the Kafue River employs 900 builders.", "Kafue River", "ZM"),
        ("The camp near the Sanaga River houses 400 men.", "Sanaga River", "CM"),
    ],
)
def test_places_of_nickel_and_dam_reports(text: str, name: str, country: str) -> None:
    assert (name, country) in {(p.name, p.country) for p in places.find(text)}


def test_a_city_that_is_a_given_name_before_a_surname_is_a_person() -> None:
    assert not places.find("Union president Milan Radosavljević added that the inspectorate never answered.")
    assert [p.name for p in places.find("The union flew two delegates to Milan on Monday.")] == ["Milan"]

