"""The gazetteer's spellings and extra knowledge (labourlens.analyse.gazetteer_extra and
knowledge/places_extra.yaml): native letters kept or transliteration marks dropped,
Arabic articles, Mongolian "kh", regions and towns beyond GeoNames' list. Sentences are
written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import gazetteer_extra, places


def names(text: str) -> set[tuple[str | None, str]]:
    return {(m.country, m.name) for m in places.find(text, [])}


def one(text: str) -> tuple[str | None, str, str]:
    found = [(m.country, m.name, m.level) for m in places.find(text, [])]
    assert found, text
    return found[0]


# ------------------------------------------------------------------ canonical spellings


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A tyre plant in Łódź, Poland, is hiring.", ("PL", "Łódź")),
        ("A tyre plant in Lodz, Poland, is hiring.", ("PL", "Łódź")),  # written without the marks
        ("The yard in Gdansk, Poland, employed welders.", ("PL", "Gdańsk")),
        ("Masons worked in Thiès, Senegal, for a year.", ("SN", "Thiès")),
        ("Masons worked in Thies, Senegal, for a year.", ("SN", "Thiès")),
    ],
)
def test_latin_alphabet_countries_keep_their_letters(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Trucks crossed from Sinŭiju, North Korea.", ("KP", "Sinuiju")),
        ("Trucks crossed from Sinuiju, North Korea.", ("KP", "Sinuiju")),
        ("A crew in Hamhŭng, North Korea, was recalled.", ("KP", "Hamhung")),
        ("Seamstresses in Bac Ninh, Vietnam, were interviewed.", ("VN", "Bac Ninh")),
    ],
)
def test_romanised_names_lose_their_marks(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_helpers() -> None:
    assert gazetteer_extra.ascii_letters("Łodz") == "Lodz"
    assert gazetteer_extra.plain("Al Jahra\u2019") == "Al Jahra"
    r = gazetteer_extra.Rules(article=frozenset({"QA"}), kh=frozenset({"MN"}))
    assert set(gazetteer_extra.city_variants("Al Wakrah", "QA", 30_000, r)) == {"Al-Wakrah", "Wakrah"}
    assert gazetteer_extra.city_variants("Al Wakrah", "QA", 5_000, r) == ["Al-Wakrah"]  # too small to go bare
    assert gazetteer_extra.city_variants("Al Wakrah", "PL", 30_000, r) == []
    assert gazetteer_extra.city_variants("Darhan", "MN", 80_000, r) == ["Darkhan"]
    assert gazetteer_extra.city_variants("Choibalsan", "MN", 40_000, r) == []  # "Ch" is already the sound


# ------------------------------------------------------------------ Gulf and Mongolian spellings


@pytest.mark.parametrize(
    "text,expected",
    [
        ("About forty men on a housing project in Jahra, Kuwait, were unpaid.", ("KW", "Jahra")),
        ("Labourers at a camp in Al-Jahra, Kuwait, complained.", ("KW", "Jahra")),
        ("The villas in Al Wakrah, Qatar, were finished.", ("QA", "Al Wakrah")),
        ("A crew in Wakrah, Qatar, was paid late.", ("QA", "Al Wakrah")),
        ("The firm's office is in Deira, Dubai.", ("AE", "Deira")),
        ("A sewing shop in Darkhan, Mongolia, closed.", ("MN", "Darkhan")),
        ("A plant at Ras Laffan, Qatar, hired welders.", ("QA", "Ras Laffan")),
    ],
)
def test_gulf_and_mongolian_spellings(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


# ------------------------------------------------------------------ regions beyond the focus countries


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The capital of Haut-Katanga province is growing.", ("CD", "Haut-Katanga", "admin1")),
        ("A smelter in Lualaba province was built in 2021.", ("CD", "Lualaba", "admin1")),
        ("One of the largest investments in Lower Silesia this year.", ("PL", "Lower Silesia", "admin1")),
        ("Unemployment in the Łódź Voivodeship fell.", ("PL", "Łódź Voivodeship", "admin1")),
        ("Unemployment in the Lodz province fell.", ("PL", "Łódź Voivodeship", "admin1")),
        ("Boats on the Taedong River were painted.", ("KP", "Taedong River", "other")),
        ("A crew was seen in Bayanzurkh district.", ("MN", "Bayanzurkh", "other")),
    ],
)
def test_more_regions(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


def test_the_gulf_states_are_not_the_sea() -> None:
    assert names("North Korean crews still work in the Gulf.") == set()  # the region, read but not emitted
    assert names("Tankers crossed the Arabian Gulf.") == {(None, "Persian Gulf")}
    assert names("Gulf Air resumed flights.") == set()


def test_railway_names_hide_the_lake_and_river() -> None:
    assert names("The road leaves the Baikal-Amur railway line north of Tynda, Russia.") == {
        ("RU", "Tynda"), ("RU", "Russia")}


def test_korea_bay_is_not_korea() -> None:
    assert names("Two ships went dark near the Korea Bay.") == {(None, "Korea Bay")}


# ------------------------------------------------------------------ towns below 15,000 people


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A textile plant in Marsa, Malta, was inspected.", ("MT", "Marsa")),
        ("They walked to the square in Birgu, Malta.", ("MT", "Birgu")),
        ("A workshop in Zebbug, Malta, made knitwear.", ("MT", "Żebbuġ")),
        ("A hotel near Saly, Senegal, was built by the team.", ("SN", "Saly")),
        ("The village of Ust-Nyukzha in Russia's Amur Oblast.", ("RU", "Ust-Nyukzha")),
        ("Bulk carriers called at Longkou in Shandong, China.", ("CN", "Longkou")),
        ("The mine at Kimchaek, North Korea, reopened.", ("KP", "Kimchaek")),
    ],
)
def test_small_towns(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_small_towns_need_their_country() -> None:
    # a small Maltese town named in a text about somewhere else is not guessed
    assert ("MT", "Marsa") not in names("Marsa said the wages were late.")


# ------------------------------------------------------------------ Russian spellings and regions


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A crew of painters worked in Nizhny Novgorod, Russia.", ("RU", "Nizhny Novgorod")),
        ("A crew of painters worked in Nizhniy Novgorod, Russia.", ("RU", "Nizhny Novgorod")),
        ("The diamond town of Mirny, Russia, hired welders.", ("RU", "Mirny")),
        ("Loggers were seen near Svobodny, Russia.", ("RU", "Svobodny")),
        ("A brigade was housed in Ivanovo Oblast.", ("RU", "Ivanovo Oblast")),
        ("A brigade was housed in the Tver region.", ("RU", "Tver Oblast")),
        ("Builders from North Korea worked in Mordovia.", ("RU", "Mordovia")),
    ],
)
def test_russian_spellings_and_regions(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_english_cyrillic() -> None:
    assert gazetteer_extra.english_cyrillic("Nizhniy Novgorod") == "Nizhny Novgorod"
    assert gazetteer_extra.english_cyrillic("Nar'yan-Mar") == "Naryan-Mar"
    assert gazetteer_extra.english_cyrillic("Gus\u2019-Khrustal\u2019nyy") == "Gus-Khrustalny"
    assert gazetteer_extra.english_cyrillic("Vladivostok") == "Vladivostok"
    assert gazetteer_extra.english_cyrillic("Kiyevskiy Vokzal") == "Kiyevsky Vokzal"  # only word endings change


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Miners worked at a coal pit in Sarawak.", ("MY", "Sarawak", "admin1")),
        ("A crew was housed on Bioko, the island of the capital.", ("GQ", "Bioko", "other")),
        ("The contract covered a road in Kie-Ntem province.", ("GQ", "Kie-Ntem", "admin1")),
        ("A shipyard in Melaka hired welders.", ("MY", "Malacca", "city")),
    ],
)
def test_regions_of_countries_that_receive_workers(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The men slept in a camp in Sonapur, Dubai.", ("AE", "Sonapur")),
        ("A labour camp in Mussafah, Abu Dhabi, was raided.", ("AE", "Mussafah")),
        ("Masons rented rooms in Jleeb Al-Shuyoukh, Kuwait.", ("KW", "Jleeb Al-Shuyoukh")),
        ("Trucks queued at Wonjong, North Korea, before the bridge.", ("KP", "Wonjong")),
    ],
)
def test_labour_camp_districts_and_crossings(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)
