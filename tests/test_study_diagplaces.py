"""Probes for the place classes studied on heldout175 and heldout176 (branch diagplaces):
first-level regions of Oceania, North America and Europe, news-style state abbreviations,
stop-listed towns beside their region, and names whose country is named elsewhere."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def names(text: str) -> set[tuple[str | None, str]]:
    return {(m.country, m.name) for m in places.find(text, [])}


# ------------------------------------------------------------------ class 1: first-level regions


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Pickers on a citrus block in Western Australia were housed in sheds.", "AU", "Western Australia"),
        ("The meatworks in Queensland hired forty men from Kiribati.", "AU", "Queensland"),
        ("Growers in Manitoba and Saskatchewan rely on seasonal crews.", "CA", "Manitoba"),
        ("A greenhouse in British Columbia withheld the workers' papers.", "CA", "British Columbia"),
        ("Vineyards across Waikato took on ni-Vanuatu crews.", "NZ", "Waikato"),
        ("Cockle pickers in Lancashire were paid nothing.", "GB", "Lancashire"),
        ("A car wash in West Yorkshire was raided by police.", "GB", "West Yorkshire"),
        ("The men had come from Guadalcanal to the farm.", "SB", "Guadalcanal"),
        ("A woman from Ha'apai said the fee was too high.", "TO", "Haʻapai"),
        ("Strawberry farms in Andalusia rely on migrant women.", "ES", "Andalusia"),
        ("Coffee pickers in Antioquia were never paid.", "CO", "Antioquia"),
        ("Workers from Alta Verapaz travel to the coast.", "GT", "Alta Verapaz"),
    ],
)
def test_first_level_regions(text: str, country: str, name: str) -> None:
    assert (country, name) in names(text)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Poultry sheds in Victoria and New South Wales employ Pacific crews.", "AU", "Victoria"),
        ("Hop farms in Kent and elsewhere in England hire seasonal pickers.", "GB", "Kent"),
    ],
)
def test_context_only_regions_with_their_country(text: str, country: str, name: str) -> None:
    assert (country, name) in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Victoria Mensah said she had not been paid.",
        "The firm moved its office to Victoria last spring.",
        "Berkshire Hathaway owns the railway.",
        "Shares rose in Kent after the vote.",
        "The investment came from Limburg, the fund said.",
    ],
)
def test_context_only_regions_alone_are_not_places(text: str) -> None:
    assert not any(c in ("AU", "GB", "NL") for c, _ in names(text))


def test_piedmont_in_a_us_text_is_not_italy() -> None:
    assert ("IT", "Piedmont") not in names("Tobacco farms across the Piedmont of North Carolina hire H-2A crews.")


# ------------------------------------------------------------------ class 3: news-style abbreviations


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("YAKIMA, Wash. - Orchard workers said they were owed wages.", "US", "Washington"),
        ("IMMOKALEE, Fla. (AP) - Tomato pickers marched on Friday.", "US", "Florida"),
        ("Growers near Kingsville, Ont., said the rules were fair.", "CA", "Ontario"),
        ("KELOWNA, B.C. - A vineyard kept workers' passports.", "CA", "British Columbia"),
        ("The crew was hired in Dunn, N.C., last spring.", "US", "North Carolina"),
    ],
)
def test_state_abbreviation_after_a_town(text: str, country: str, name: str) -> None:
    assert (country, name) in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the workers went to Mass. Nobody stopped them.",
        "The ruins date from 300 B.C. and attract visitors.",
        "She was ill. Miss. Tran did not come to work.",
    ],
)
def test_abbreviations_elsewhere_are_not_places(text: str) -> None:
    assert not any(c in ("US", "CA") for c, _ in names(text))


# ------------------------------------------------------------------ class 3: spellings, stop-listed towns, context


def test_pacific_capitals_as_prose_writes_them() -> None:
    assert ("TO", "Nuku‘alofa") in names("The squad flew from Tonga back to Nuku'alofa on Sunday.")
    assert any(c == "VU" for c, _ in names("A recruiter in Port Vila took the fees."))


def test_stop_listed_town_beside_a_region_of_its_country() -> None:
    assert ("NZ", "Hamilton") in names("Pickers in Waikato said the hostel in Hamilton was crowded.")
    assert not any(n == "Hamilton" for _, n in names("The hostel in Hamilton was crowded."))


def test_country_name_that_is_also_a_town_counts_as_context() -> None:
    # "Samoa" is a country (and a GeoNames town elsewhere): it still introduces Samoan towns
    assert ("TO", "Nuku‘alofa") in names("Tonga return to Nuku'alofa for training.")


def test_australian_farm_regions() -> None:
    found = names("Packers at a plant in the Lockyer Valley and in the Riverina were underpaid.")
    assert ("AU", "Lockyer Valley") in found and ("AU", "Riverina") in found


def test_stoke_is_stoke_on_trent_in_a_british_text() -> None:
    assert ("GB", "Stoke-on-Trent") in names("He washed cars in Stoke before moving to Derby, England.")
