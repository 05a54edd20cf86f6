"""places.v1 for the countries migrant workers come from and go to: first-level regions,
Latin spellings of big cities beyond the focus countries, English city names, US court
districts and the bare word "Korea". All sentences are written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import gazetteer, gazetteer_extra, places


def names(text: str) -> set[tuple[str | None, str]]:
    return {(m.country, m.name) for m in places.find(text, [])}


def levels(text: str) -> set[tuple[str | None, str, str]]:
    return {(m.country, m.name, m.level) for m in places.find(text, [])}


# ------------------------------------------------------------------ first-level regions


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A welder from Kerala said the agent in Kochi kept his passport.", ("IN", "Kerala")),
        ("Two drivers from Tamil Nadu state paid a broker in Chennai.", ("IN", "Tamil Nadu")),
        ("The cooks came from Uttar Pradesh and Bihar, a recruiter said.", ("IN", "Uttar Pradesh")),
        ("Brokers in Nepal's Koshi Province charge up to 1,500 dollars.", ("NP", "Koshi")),
        ("Most of the guards were from Madhesh, in southern Nepal.", ("NP", "Madhesh")),
        ("A garment plant opened in the Sidama region of Ethiopia.", ("ET", "Sidama")),
        ("Families in Oromia and Amhara borrowed to pay the agents.", ("ET", "Oromia")),
        ("The seamen were hired in Central Visayas, in the Philippines.", ("PH", "Central Visayas")),
        ("Brick workers from Surkhandarya left Uzbekistan in April.", ("UZ", "Surkhandarya")),
        ("Men from Khatlon in southern Tajikistan work on Moscow sites.", ("TJ", "Khatlon")),
        ("Fishers from Central Java signed contracts with a broker.", ("ID", "Central Java")),
        ("The maids had been recruited in Sylhet Division, Bangladesh.", ("BD", "Sylhet Division")),
        ("Farmhands from Sindh were promised jobs in Saudi Arabia.", ("PK", "Sindh")),
        ("Cleaners from Nghe An province went to Taiwan.", ("VN", "Nghe An")),
        ("Recruits from Kayin State crossed into Thailand.", ("MM", "Kayin State")),
    ],
)
def test_regions_of_sending_countries(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_a_state_named_like_its_city_needs_the_word_state() -> None:
    found = levels("Bus drivers in Lagos State said depots outside Lagos cut their pay.")
    assert ("NG", "Lagos State", "admin1") in found
    assert ("NG", "Lagos", "city") in found
    assert ("NG", "Kano State") in names("A recruiter from Kano state was arrested.")
    assert not any(m.level == "admin1" for m in places.find("A recruiter from Kano was arrested.", []))


def test_a_division_named_like_its_city() -> None:
    found = levels("One worker was from Dhaka Division and the other from Dhaka itself, Bangladesh.")
    assert ("BD", "Dhaka Division", "admin1") in found
    assert ("BD", "Dhaka", "city") in found


@pytest.mark.parametrize(
    "text,country",
    [
        ("Labourers from Punjab, Pakistan, were flown to Riyadh.", "PK"),
        ("Pakistani workers from Punjab said they were never paid.", "PK"),
        ("Workers from Punjab and Haryana in India were flown to Dubai.", "IN"),
    ],
)
def test_punjab_follows_the_country_of_the_document(text: str, country: str) -> None:
    assert (country, "Punjab") in names(text)


@pytest.mark.parametrize(
    "text,unwanted",
    [
        ("The Delta Airlines crew landed in Lagos.", ("NG", "Delta State")),
        ("The outbreak of West Nile virus closed two farms.", ("UG", "West Nile sub-region")),
        ("Bono sang at the concert in Accra.", ("GH", "Bono Region")),
        ("Castles of the Edo period drew tourists to Osaka.", ("NG", "Edo State")),
        ("The Mary Rose is a museum ship.", ("TM", "Mary Region")),
    ],
)
def test_words_and_names_are_not_regions(text: str, unwanted: tuple[str, str]) -> None:
    assert unwanted not in names(text)
    assert not any(m.country == unwanted[0] and m.level == "admin1" for m in places.find(text, []))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Oil crews from Delta State work in the Niger Delta.", ("NG", "Niger Delta")),
        ("Cotton pickers in the Nile Delta earn little.", ("EG", "Nile Delta")),
        ("Brokers in the Mekong Delta recruit for Japan.", ("VN", "Mekong Delta")),
    ],
)
def test_deltas_are_regions_not_countries(text: str, expected: tuple[str, str]) -> None:
    found = names(text)
    assert expected in found
    assert ("NE", "Niger") not in found


def test_suffix_aliases() -> None:
    assert gazetteer_extra.suffix_aliases("Kerala", ["State"]) == ["Kerala State", "Kerala state"]
    assert gazetteer_extra.suffix_aliases("Lagos State", ["State"]) == ["Lagos state"]
    assert gazetteer_extra.suffix_aliases("Sidama", ["Region", "Regional State"]) == [
        "Sidama Region", "Sidama region", "Sidama Regional State", "Sidama regional state"]


def test_merge_admin1_adds_the_country_suffixes() -> None:
    admin1: dict[str, object] = {"regions": [{"id": "a", "name": "Old", "country": "CN"}]}
    more = {"suffixes": {"XX": ["County"]},
            "regions": [{"id": "b", "name": "Tall Hills", "country": "XX", "lat": 0, "lon": 0, "aliases": ["Hills"]}]}
    gazetteer_extra.merge_admin1(admin1, more)
    regions = admin1["regions"]
    assert isinstance(regions, list) and len(regions) == 2
    assert regions[1]["aliases"] == ["Hills", "Tall Hills County", "Tall Hills county"]


# ------------------------------------------------------------------ spellings of big cities beyond the focus countries


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A sewing plant in Hawassa, Ethiopia, hired 3,000 women.", ("ET", "Hawassa")),
        ("Drivers from Ikorodu, on the edge of Lagos, Nigeria, went on strike.", ("NG", "Ikorodu")),
        ("The agency in Cochin, India, took a fee from every cook.", ("IN", "Kochi")),
        ("A broker in Chittagong, Bangladesh, sold the visas.", ("BD", "Chattogram")),
        ("Brokers in Bombay and Madras sent crews to Kuwait, Indian officials said.", ("IN", "Mumbai")),
        ("Builders from Andijan and Termez, in Uzbekistan, said their boss kept their papers.", ("UZ", "Termez")),
        ("Seamstresses from Gomel, Belarus, were sent to a factory.", ("BY", "Gomel")),
    ],
)
def test_spellings_of_big_cities(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_an_alternate_that_names_another_city_stays_that_city() -> None:
    # GeoNames lists "Islamabad" among the alternate names of Chattogram
    assert ("PK", "Islamabad") in names("The embassy in Islamabad, Pakistan, issued the visas.")
    assert ("BD", "Chattogram") not in names("The embassy in Islamabad, Pakistan, issued the visas.")


def test_a_lone_alternate_needs_its_country() -> None:
    # an alternate spelling of one word is reported only in a document about its country
    assert not any(m.country == "ET" for m in places.find("Hawassa is a name we gave our boat.", []))


@pytest.mark.parametrize(
    "alt,name,ok",
    [
        ("Hawassa", "Awasa", True),
        ("Ikorodu", "Ebute Ikorodu", True),
        ("Cochin", "Kochi", True),
        ("Mazar-i-Sharif", "Mazār-e Sharīf", True),
        ("Islamabad", "Chattogram", False),  # another city's name
        ("Ernakulam", "Kochi", False),  # another name, not a spelling
        ("Kochi", "Kochi", False),  # the name itself
        ("Abc", "Abcd", False),  # too short
        ("kochin", "Kochi", False),  # not capitalised
    ],
)
def test_spelling_of(alt: str, name: str, ok: bool) -> None:
    assert gazetteer_extra.spelling_of(alt, name) is ok


def test_world_alternates_keep_only_unambiguous_names() -> None:
    index = {("dhaka",): [], ("port",): []}
    first = {"dhaka": 1, "port": 2}
    cities = [(1, ["Hawassa", "Dhaka", "Ruth", "Bigtown", "Port Awasa", "Grand Awasa", "Quietville"]),
              (2, ["Bigtown"])]
    kept = gazetteer_extra.world_alternates(index, first, frozenset({"quietville"}), cities, frozenset({"ruth"}))
    # "Dhaka" names another place, "Ruth" is a given name, "Bigtown" is the alternate of two
    # cities, "Grand Awasa" starts with a word that starts no place name, "Quietville" is stop-listed
    assert kept == [(1, "Hawassa"), (1, "Port Awasa")]


def test_the_gazetteer_indexes_world_alternates_as_secondary_names() -> None:
    g = gazetteer.get()
    bucket = g.index[("hawassa",)]
    assert any(g.places[a.place].country == "ET" for a in bucket)


# ------------------------------------------------------------------ longer names around a state, and "Korea"


@pytest.mark.parametrize(
    "text,district,state",
    [
        ("The case was filed in the Eastern District of Virginia last week.", "Eastern District of Virginia",
         "Virginia"),
        ("Prosecutors in the Northern District of Georgia seized the laptops.", "Northern District of Georgia",
         "Georgia"),
        ("A judge in the Southern District of New York froze the accounts.", "Southern District of New York",
         "New York"),
    ],
)
def test_a_court_district_is_not_its_state(text: str, district: str, state: str) -> None:
    # the court is an institution: neither it nor its state is reported
    found = names(text)
    assert ("US", district) not in found
    assert ("US", state) not in found
    assert ("GE", "Georgia") not in found
    assert gazetteer.get().index[tuple(district.lower().split())]


def test_a_state_alone_is_still_the_state() -> None:
    assert ("US", "Virginia") in names("The laptops were shipped to a house in Virginia, United States.")


@pytest.mark.parametrize(
    "text",
    [
        "Sources told Korea Today Weekly that the men were sent home.",
        "He first came to Korea in 2015.",
        "The two Koreas, and Korea as a whole, were discussed.",
    ],
)
def test_korea_alone_is_not_reported(text: str) -> None:
    assert not any(m.name == "Korea" for m in places.find(text, []))


@pytest.mark.parametrize("alias", ["DPR Korea", "D.P.R. Korea"])
def test_dpr_korea_is_north_korea(alias: str) -> None:
    assert ("KP", "North Korea") in names(f"{alias} sent a delegation to Tashkent.")


# ------------------------------------------------------------------ regions, bridges and districts


def test_amur_alone_is_the_region_and_the_amur_is_the_river() -> None:
    found = names("Loggers in Amur said the barges crossed the Amur before dawn.")
    assert ("RU", "Amur Oblast") in found
    assert ("RU", "Amur River") in found
    assert ("RU", "Amur Oblast") in names("The Amur Region labour inspectorate fined the firm.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Lorries loaded in Dandong crossed the Friendship Bridge at dawn.", ("CN", "Friendship Bridge")),
        ("Trucks queued at the Sino-Korean Friendship Bridge for a week.", ("CN", "Friendship Bridge")),
        ("The women walked over the Thai-Lao Friendship Bridge into Laos.", ("LA", "Thai-Lao Friendship Bridge")),
    ],
)
def test_border_bridges(text: str, expected: tuple[str, str]) -> None:
    found = names(text)
    assert expected in found
    assert not (expected[0] == "LA" and ("CN", "Friendship Bridge") in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In Qatar, the crews sleep in the Industrial Area, far from the towers they build.", ("QA", "Industrial Area")),
        ("The subcontractor housed its tilers in Dubai South, UAE.", ("AE", "Dubai South")),
        ("Security guards in Al Sajaa, Sharjah, said their pay was late.", ("AE", "Al Sajaa")),
        ("A housing project in Sabah al-Ahmad, Kuwait, stalled.", ("KW", "Sabah Al-Ahmad")),
    ],
)
def test_labour_camp_districts_of_gulf_cities(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_an_industrial_area_elsewhere_is_not_doha() -> None:
    assert ("QA", "Industrial Area") not in names("Workers in Nairobi's Industrial Area, Kenya, went on strike.")
    assert ("MY", "Sabah") not in names("A housing project in Sabah al-Ahmad, Kuwait, stalled.")


def test_a_regional_body_names_the_region_not_the_river() -> None:
    found = names("The Amur regional government said the loggers had left.")
    assert ("RU", "Amur Oblast") in found
    assert ("RU", "Amur River") not in found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The lorries crossed into Russia at Kraskino before noon.", ("RU", "Kraskino")),
        ("Loggers near Bomnak, in Russia's Amur Oblast, said the camp had no heating.", ("RU", "Bomnak")),
        ("A fish plant in Ozersky, on Sakhalin, took on 40 men from North Korea.", ("RU", "Ozersky")),
    ],
)
def test_small_settlements_of_the_russian_far_east(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_a_small_russian_settlement_is_no_surname() -> None:
    assert ("RU", "Ozersky") not in names("The lawyer, Anna Ozersky, said the men were unpaid in Moscow.")


def test_the_friendship_bridge_follows_the_document() -> None:
    text = "Freight from Khasan, in Russia's Primorsky Krai, still crosses the Friendship Bridge by rail."
    assert ("RU", "Friendship Bridge") in names(text)
    assert ("CN", "Friendship Bridge") not in names(text)


def test_districts_of_dandong() -> None:
    found = names("Nine workshops in Dandong's Zhenxing district sew coats; two are in Yuanbao District.")
    assert {("CN", "Zhenxing"), ("CN", "Yuanbao"), ("CN", "Dandong")} <= found
    assert ("CN", "Zhenxing") not in names("The factory manager, Li Zhenxing, declined to comment.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In Equatorial Guinea the crews built villas at Sipopo, outside Malabo.", ("GQ", "Sipopo")),
        ("Men in Qatar sleep in Barwa Al Baraha, a camp south of Doha.", ("QA", "Barwa Al Baraha")),
        ("Welders in the ICAD camps of Abu Dhabi were not paid.", ("AE", "ICAD")),
        ("A new bridge to Kigamboni, in Dar es Salaam, Tanzania, was finished early.", ("TZ", "Kigamboni")),
        ("A port at Duqm, Oman, hired 900 men.", ("OM", "Duqm")),
    ],
)
def test_building_sites_and_camps(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_a_camp_name_needs_its_country() -> None:
    assert ("QA", "Labour City") not in names("The Labour City council of Leeds met on Monday.")


@pytest.mark.parametrize("word", ["Hamas", "Sophia", "Koruna", "Amani"])
def test_words_among_geonames_alternates_are_not_cities(word: str) -> None:
    # GeoNames lists these among the alternate names of Hama, Sofia, A Coruña and Amman
    assert (word.lower(),) not in gazetteer.get().index
    text = f"In Syria, Bulgaria, Spain and Jordan, {word} was mentioned once."
    assert not any(m.text == word for m in places.find(text, []))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The guard, from Dhanusha district in Nepal, paid a broker 1,200 dollars.", ("NP", "Dhanusha")),
        ("Most of the recruits came from Jhapa and Morang, in eastern Nepal.", ("NP", "Morang")),
    ],
)
def test_districts_of_nepal(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)
