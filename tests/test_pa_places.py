"""Places: names of firms with Russian formants, surnames after particles, the Gulf region as
too vague to report, and English names of Gulf and Xinjiang towns. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country) for m in places.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The developer Primorye Stroi-Invest said it hired no foreign crews.",
        "A spokesman for Amur Les-Prom declined to comment.",
        "Khabarovsk Energo-Trans runs the depot, a driver said.",
        "Sakhalin Ryba-Servis did not reply to questions.",
    ],
)
def test_a_place_inside_a_firm_name_with_a_russian_formant_is_not_reported(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews in Primorye said they were unpaid.", ("Primorsky Krai", "RU")),
        ("Loggers in Amur Oblast said the camp was locked at night.", ("Amur Oblast", "RU")),
    ],
)
def test_the_region_by_itself_is_still_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Team captain Ramon dela Cruz scored twice in Doha, Qatar.",
        "The site engineer, Santa de la Pena, spoke in Manila, Philippines.",
        "Coach Victoria van Dijk was in Lagos, Nigeria, for the match.",
    ],
)
def test_a_given_name_before_a_surname_particle_is_no_town(text: str) -> None:
    names = [n for n, _ in _names(text)]
    assert names and names[0] not in ("Ramon", "Santa", "Victoria")


def test_a_town_then_a_lower_case_word_is_still_a_town() -> None:
    assert ("Ramon", "PH") in _names("Farmhands in Manila, Philippines, and in Ramon, Isabela, joined.")


@pytest.mark.parametrize(
    "text",
    [
        "Crane operators walked out at the port on the Gulf of Gdansk, Poland.",
        "Ferries across the Gulf of Finland stopped near Kotka, Finland.",
        "Trawlers in the Gulf of Riga, Latvia, hired Filipino crews.",
    ],
)
def test_a_gulf_of_somewhere_is_not_the_gulf_states(text: str) -> None:
    assert all(n != "the Gulf" for n, _ in _names(text))


def test_the_gulf_alone_is_read_as_the_region_but_not_emitted() -> None:
    # a loose region of no one country: annotators leave it out or make it optional
    assert [(c, n) for n, c in _names("Recruiters send Nepalis to the Gulf each year.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camp in Mussafah, outside Abu Dhabi, holds 3,000 men.", ("Mussafah", "AE")),
        ("Labourers in Musaffah, UAE, said their passports were held.", ("Mussafah", "AE")),
        ("A contractor in Al Khobar, Saudi Arabia, held the wages.", ("Al Khobar", "SA")),
        ("Women from Hotan in Xinjiang were sent to a plant in Shandong.", ("Hotan", "CN")),
        ("Families in Khotan, Xinjiang, were told to send one worker each.", ("Hotan", "CN")),
    ],
)
def test_english_names_of_gulf_and_xinjiang_towns(text: str, expected: tuple[str, str]) -> None:
    assert expected in _names(text)


def test_a_country_in_a_department_name_is_not_a_place() -> None:
    assert ("United States", "US") not in _names("A US Treasury Department advisory named the brokers in Jilin, China.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A stone quarry in Kisarawe District, Pwani Region, Tanzania, locks its workers in.", ("Pwani", "TZ")),
        ("Chinese road crews in Kagera, Tanzania, said wages came late.", ("Kagera", "TZ")),
        ("Plantation hands in Morogoro Region, Tanzania, were not paid.", ("Morogoro Region", "TZ")),
    ],
)
def test_regions_of_tanzania(text: str, expected: tuple[str, str]) -> None:
    assert expected in _names(text)


def test_a_given_name_mara_is_no_region() -> None:
    assert all(n != "Mara Region" for n, _ in _names("Mara Petrova, a lawyer in Dar es Salaam, Tanzania, said so."))
