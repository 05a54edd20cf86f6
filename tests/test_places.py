"""places.v1: gazetteer look-up, longest match, capitalisation, context."""

from __future__ import annotations

import pytest

from labourlens.analyse import gazetteer, places


def found(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.name, m.country, m.level) for m in places.find(text, [])]


def names(text: str) -> set[tuple[str | None, str]]:
    return {(m.country, m.name) for m in places.find(text, [])}


# ------------------------------------------------------------------ countries and aliases


@pytest.mark.parametrize(
    "alias",
    ["North Korea", "DPRK", "N. Korea", "Democratic People's Republic of Korea", "the D.P.R.K."],
)
def test_north_korea_aliases(alias: str) -> None:
    assert ("KP", "North Korea") in names(f"Workers from {alias} arrived last year.")


@pytest.mark.parametrize("alias", ["South Korea", "ROK", "Republic of Korea"])
def test_south_korea_aliases(alias: str) -> None:
    assert names(f"He fled to {alias} in 2019.") == {("KR", "South Korea")}


@pytest.mark.parametrize(
    "alias,iso,name",
    [
        ("Russian Federation", "RU", "Russia"),
        ("UAE", "AE", "United Arab Emirates"),
        ("U.S.", "US", "United States"),
        ("United States", "US", "United States"),
        ("UK", "GB", "United Kingdom"),
        ("Kuwait", "KW", "Kuwait"),
        ("Côte d'Ivoire", "CI", "Ivory Coast"),
    ],
)
def test_country_aliases(alias: str, iso: str, name: str) -> None:
    assert (iso, name) in names(f"The firm also operates in {alias}, officials said.")


def test_demonyms_are_not_places() -> None:
    assert found("North Korean and Chinese managers met Russian officials.") == []


def test_codes_need_capitals() -> None:
    assert found("Let us know what you think.") == []
    assert names("Sanctions by the US were tightened.") == {("US", "United States")}


def test_no_places_in_text_without_any() -> None:
    text = ("Most workers said the money was not enough. Reading the contract was hard, and Young "
            "people can hardly save. Mobile phones were taken away. March was the worst month.")
    assert found(text) == []


# ------------------------------------------------------------------ longest match, admin1, regions


def test_longest_match_wins() -> None:
    assert found("They came from North Pyongan Province.") == [
        ("North Pyongan Province", "North Pyongan", "KP", "admin1")]
    assert [m[1] for m in found("They went to South Korea.")] == ["South Korea"]


@pytest.mark.parametrize(
    "text,name,iso",
    [
        ("born in Pyonganbuk-do", "North Pyongan", "KP"),
        ("the Rajin-Sonbong zone", "Rason", "KP"),
        ("a site in Primorye", "Primorsky Krai", "RU"),
        ("the Primorsky region", "Primorsky Krai", "RU"),
        ("in the Amur region", "Amur Oblast", "RU"),
        ("in Khabarovsk Krai", "Khabarovsk Krai", "RU"),
        ("in Ryanggang Province", "Ryanggang", "KP"),
        ("in Yanggang", "Ryanggang", "KP"),
        ("from Hamgyongbuk-do", "North Hamgyong", "KP"),
        ("in Jagang", "Chagang", "KP"),
        ("in the Moscow region", "Moscow Oblast", "RU"),
    ],
)
def test_admin1_aliases(text: str, name: str, iso: str) -> None:
    got = [m for m in places.find(text, []) if m.level == "admin1"]
    assert [(m.name, m.country) for m in got] == [(name, iso)]


def test_provinces_in_coordination() -> None:
    got = found("Workers in Liaoning and Jilin Province waited.")
    assert [(g[1], g[3]) for g in got] == [("Liaoning", "admin1"), ("Jilin", "admin1")]
    got = found("Workers in Jilin and Liaoning provinces waited.")
    assert [(g[1], g[3]) for g in got] == [("Jilin", "admin1"), ("Liaoning", "admin1")]


def test_jilin_city_or_province() -> None:
    assert found("a plant in Jilin city")[0][3] == "city"
    text = "They work in Jilin, a city in northeastern China, and elsewhere in Jilin Province."
    got = found(text)
    assert got[0][:2] == ("Jilin", "Jilin") and got[0][3] == "city"
    assert ("Jilin Province", "Jilin", "CN", "admin1") in got
    assert found("Factories in Jilin reopened.")[0][3] == "admin1"


@pytest.mark.parametrize(
    "text,name,iso,level",
    [
        ("along the Sino-North Korean border", "Sino-North Korean border", "CN", "border"),
        ("across the Yalu River", "Yalu River", "CN", "other"),
        ("near the Tumen river", "Tumen River", "CN", "other"),
        ("a camp near the Amur River", "Amur River", "RU", "other"),
        ("loggers in the Russian Far East", "Russian Far East", "RU", "other"),
        ("loggers in Russia's Far East", "Russian Far East", "RU", "other"),
        ("construction in Siberia", "Siberia", "RU", "other"),
        ("workers across the Middle East", "Middle East", None, "other"),
        ("factories in Northeast China", "Northeast China", "CN", "other"),
        ("tension on the Korean Peninsula", "Korean Peninsula", None, "other"),
    ],
)
def test_regions_rivers_borders(text: str, name: str, iso: str | None, level: str) -> None:
    got = places.find(text, [])
    assert (got[0].name, got[0].country, got[0].level) == (name, iso, level)


def test_gulf_needs_the() -> None:
    assert found("Gulf Air flights") == []
    assert names("workers in the Gulf") == set()  # the region: read, not emitted
    assert names("tankers crossing the Persian Gulf") == {(None, "Persian Gulf")}


def test_border_names_its_countries() -> None:
    got = names("smuggled across the China-North Korea border")
    assert {("CN", "Sino-North Korean border"), ("CN", "China"), ("KP", "North Korea")} <= got


# ------------------------------------------------------------------ context


def test_georgia_country_or_state() -> None:
    assert names("Workers were sent to Georgia and Armenia.") >= {("GE", "Georgia")}
    assert ("US", "Georgia") in names("The plant near Atlanta, Georgia, hired them.")
    assert ("US", "Georgia") in names("Savannah and Atlanta are in Georgia.")


def test_st_petersburg_russia_or_florida() -> None:
    assert names("Officials in St. Petersburg said Russia needs builders.") == {
        ("RU", "Saint Petersburg"), ("RU", "Russia")}
    assert ("US", "St. Petersburg") in names("a resort in St. Petersburg, Florida")


def test_stoplist_and_person_names() -> None:
    text = ("Kim Chol-su and Lee Young-ho met Mr. Park. Victoria said Nice words. Best of all, "
            "Bath time. Split shifts. Of course. Kuala said.")
    assert found(text) == []


def test_korean_given_names_are_not_places() -> None:
    assert found("Pak Song-il, 41, said he left.") == []


def test_small_foreign_city_needs_context() -> None:
    # "Most" is a Czech town; "Hunchun" a small Chinese city that counts when China is mentioned
    assert found("Most of them left.") == []
    assert ("CN", "Hunchun") in names("Seafood plants in Hunchun, China, employ them.")


def test_outlet_names_are_not_places() -> None:
    text = "Radio Free Asia and The Korea Herald reported, as did the South China Morning Post."
    assert found(text) == []


def test_all_caps_dateline() -> None:
    assert names("HUNCHUN, China (AP) — Workers said.") == {("CN", "Hunchun"), ("CN", "China")}


def test_korean_and_chinese_aliases() -> None:
    assert names("평양에서 단둥으로 갔다") == {("KP", "Pyongyang"), ("CN", "Dandong")}
    assert names("丹东的工厂") == {("CN", "Dandong")}
    assert ("RU", "Vladivostok") in names("블라디보스토크의 건설 현장")


# ------------------------------------------------------------------ mention fields


def test_mention_fields() -> None:
    text = "Workers in Dandong said."
    (m,) = places.find(text, [])
    assert text[m.start:m.end] == "Dandong" == m.text
    assert m.gazetteer_id == "geonames:2037886"
    assert m.country == "CN" and m.level == "city" and m.extractor == "places.v1"
    assert m.lat is not None and 39 < m.lat < 41 and m.lon is not None and 123 < m.lon < 126


def test_admin1_and_region_ids_and_coordinates() -> None:
    (m,) = places.find("in Liaoning", [])
    assert m.gazetteer_id == "admin1:CN-21" and m.lat and m.lon
    (r,) = places.find("the Russian Far East", [])
    assert r.gazetteer_id == "region:russian-far-east" and r.lat and r.lon


def test_every_admin1_and_region_has_coordinates() -> None:
    g = gazetteer.get()
    missing = [p.gid for p in g.places if p.level in ("admin1", "border", "other") and p.country != "US"
               and (p.lat is None or p.lon is None)]
    assert missing == []


def test_empty_text() -> None:
    assert places.find("", []) == []


def test_a_report_of_repeated_paragraphs_finds_each_paragraphs_places_again() -> None:
    """Each copy of a paragraph gets the places of the first, at offsets shifted by the copy's start (no mention lost
    or merged across copies). The speed of this stage is measured in ``benchmarks/analyse.py``, not by a timed test."""
    para = ("North Korean workers in Dandong and Hunchun, near the Sino-North Korean border, said the "
            "company kept their passports, a China-based source told Daily NK on Wednesday. Some were "
            "moved to Vladivostok in Russia's Primorsky Krai, and others to Qatar and Kuwait.\n\n")
    one = [(m.start, m.name) for m in places.find(para, [])]
    assert len(one) >= 6
    twelve = [(m.start, m.name) for m in places.find(para * 12, [])]
    assert twelve == [(start + k * len(para), name) for k in range(12) for start, name in one]


# ------------------------------------------------------------------ names inside other names


def test_places_inside_organisation_names_do_not_count() -> None:
    text = "Korea Frontier News and the Tundra Gulf Ledger asked the Seoul Institute for Labour Studies."
    assert found(text) == []
    assert names("Follow The Gulf Ledger on Twitter") == set()


def test_adjectives_and_currencies_are_not_places() -> None:
    # "X-based", "X-funded" still name the place (the gold sets count or allow them); "US$" does not
    assert names("a U.S.-funded broadcaster paid US$120 to a China-based source") == {("US", "United States"),
                                                                                   ("CN", "China")}
    assert found("a broadcaster paid US$120 and 300 US dollars to a Dandong-style trader") == []


def test_continents_hide_country_names_but_are_not_reported() -> None:
    assert found("jackets sold in Europe and North America") == []
    assert names("oil from the Gulf of Mexico, workers in the Gulf") == set()


def test_mountain_is_not_the_town() -> None:
    assert names("ginseng from Changbai Mountain") == {("KP", "Mount Paektu")}


def test_surnames_and_given_names_are_not_cities() -> None:
    assert found("said Nadezhda Orlova, a researcher. Orlova said.") == []
    assert names("Sydney Chen said. Workers in Sydney, Australia, agreed.") == {("AU", "Sydney"), ("AU", "Australia")}


def test_dateline_city_without_country() -> None:
    assert names("PYONGYANG, Sept. 25 \u2014 The fair opened.") == {("KP", "Pyongyang")}


def test_capitals_and_us_metonyms() -> None:
    assert names("crews in Kuwait City") == {("KW", "Kuwait City")}
    got = found("Washington weighs sanctions; New York and Washington State disagree.")
    assert [(g[1], g[3]) for g in got] == [("Washington", "city"), ("New York City", "city"), ("Washington", "admin1")]


def test_northeast_china_region_or_china() -> None:
    assert names("North Korean Labour in Northeast China") == {("CN", "Northeast China")}
    assert names("a factory in northeastern China") == {("CN", "China")}


def test_canonical_names_are_plain() -> None:
    assert names("Ulaanbaatar, Mongolia") == {("MN", "Ulaanbaatar"), ("MN", "Mongolia")}
    assert ("VN", "Bac Ninh") in names("a plant in Bắc Ninh, Vietnam")
    assert ("CN", "Donggang") in names("seafood plants in Donggang, Liaoning Province")


def test_cities_carry_their_province() -> None:
    got = {m.name: m.admin1 for m in places.find("Dandong, Hunchun, Sinuiju and Vladivostok", [])}
    assert got == {"Dandong": "Liaoning", "Hunchun": "Jilin", "Sinuiju": "North Pyongan",
                   "Vladivostok": "Primorsky Krai"}


def test_given_names_that_are_cities() -> None:
    got = names("Vladimir Putin met officials in Vladivostok, Russia. Later, workers in Vladimir said so.")
    assert got == {("RU", "Vladivostok"), ("RU", "Russia"), ("RU", "Vladimir")}
    assert [m.start for m in places.find("Vladimir Putin visited Russia.", []) if m.name == "Vladimir"] == []
