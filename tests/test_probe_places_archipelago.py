"""Probes: places of the Philippines, eastern Indonesia and Sabah named as homes and workplaces (invented texts)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in analyse(text, META).places}


def test_a_philippine_province_named_like_a_word() -> None:
    found = _places("Fishermen from Antique and Capiz told the labour office in Iloilo that their wages were withheld.")
    assert ("Antique", "PH") in found and ("Capiz", "PH") in found


def test_provinces_of_mindanao_with_their_compass_words() -> None:
    found = _places("Two women, one from Lanao del Norte and one from Sultan Kudarat province, said recruiters in "
                    "Zamboanga del Norte kept their passports.")
    assert {("Lanao del Norte", "PH"), ("Zamboanga del Norte", "PH")} <= found


def test_islands_and_regencies_of_east_nusa_tenggara() -> None:
    found = _places("A fisherman from Rote island and a farmer from North Central Timor regency, both in East Nusa "
                    "Tenggara, said a broker in Kupang charged them fees.")
    assert {("Rote", "ID"), ("North Central Timor", "ID")} <= found


def test_a_small_town_as_a_persons_home() -> None:
    found = _places("Lito Garcia, a welder from Tigbauan, said the agency in Manila took his passport.")
    assert ("Tigbauan", "PH") in found


def test_two_places_joined_to_name_a_body_are_no_places() -> None:
    found = _places("JAVA-BALI MIGRANT NETWORK\n\nJava-Bali Migrant Network interviewed 40 workers in Surabaya who "
                    "said their wages were withheld.")
    assert ("Bali", "ID") not in found and ("Surabaya", "ID") in found
