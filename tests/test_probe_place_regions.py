"""Probes for regions, districts and short town names the gazetteer lacked: Jamaica's parishes, Micronesia's states, regions that reach over a border or a sea,
Singapore's industrial estates and Korean city districts, and a few towns by their shorter everyday names. Texts
written for these tests (people and firms fictional)."""

from __future__ import annotations

import pytest

from labourlens.analyse import places
from labourlens.analyse.pipeline import analyse


def found(text: str) -> set[tuple[str, str]]:
    return {(m.country or "", m.name) for m in places.find(text)}


@pytest.mark.parametrize(("text", "place"), [
    ("Orchard workers recruited from St. Catherine parish, Jamaica, described fourteen-hour days.",
     ("JM", "Saint Catherine")),
    ("The tuna boat anchored off Chuuk for two days, and nobody was let ashore.", ("FM", "Chuuk")),
    ("Shepherds hired for estancias in Patagonia say their contracts were never translated.", ("AR", "Patagonia")),
    ("Seasonal hands who gut lobster in the Acadian Peninsula told a union they could not leave the bunkhouse.",
     ("CA", "Acadian Peninsula")),
    ("Kitchen staff at a hotel on the Isle of Skye said their passports were kept in the office safe.",
     ("GB", "Skye")),
    ("Inspectors visited nine hand car washes in the Black Country on Monday, the agency said.", ("GB", "Black Country")),
    ("A jigger fleet works the waters near the Falklands each autumn.", ("FK", "Falkland Islands")),
    ("Care homes in the Highlands and Argyll struggle to find staff, a Scottish survey found.", ("GB", "Highlands")),
    ("Dormitories in Kranji and Sembawang house thousands of Bangladeshi construction workers.", ("SG", "Kranji")),
    ("Nepali workers at a print shop in Guro said their boss in South Korea held their wages.", ("KR", "Guro")),
])
def test_a_region_district_or_short_town_name_is_found(text: str, place: tuple[str, str]) -> None:
    assert place in found(text)


def test_estates_of_a_dollar_country_give_bare_dollars_its_dollar() -> None:
    """A parliamentary answer set in Singapore's estates, never naming the country: its bare "$" is the local dollar."""
    text = ("Ms Farah Lim asked the Minister how many dormitory operators in Kranji and Tampines were fined last year.\n\n"
            "The Minister of State: Eleven operators in Kranji and Tampines were fined a total of $42,500 for "
            "overcrowding, and each was told to rehouse the residents within a month.")
    a = analyse(text, {"published": "2025-06-01", "language": "en"})
    amounts = [m for m in a.amounts if m.text.startswith("$42,500")]
    assert amounts and amounts[0].currency == "SGD"
