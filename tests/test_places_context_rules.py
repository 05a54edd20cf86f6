"""places.v1 context rules (labourlens.analyse.place_rules): names made into adjectives,
personal names, acronyms, names inside longer names, page links, title-case datelines,
nationality words as context. All sentences are written for these tests; the people
and companies in them are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import place_rules, places, sentences


def names(text: str) -> set[tuple[str | None, str]]:
    return {(m.country, m.name) for m in places.find(text, [])}


def texts(text: str) -> list[str]:
    return [m.text for m in places.find(text, [])]


# ------------------------------------------------------------------ "X-based": still the place


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The crew was hired through a Pyongyang-linked broker.", ("KP", "Pyongyang")),
        ("A Vladivostok-based staffing agency signed the contracts.", ("RU", "Vladivostok")),
        ("The Dubai-registered firm did not reply.", ("AE", "Dubai")),
        ("They boarded a Moscow-bound train in the evening.", ("RU", "Moscow")),
        ("A Shenyang-owned seafood plant employs them.", ("CN", "Shenyang")),
    ],
)
def test_place_made_into_an_adjective_is_still_the_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Chol-su told the inspectors nothing.",  # a Korean given name, not a city
        "The shop sold Dandong-style dumplings.",  # a style, not the place
        "Pak Song-il, the foreman, kept the passports.",
    ],
)
def test_hyphenated_words_that_are_not_adjectives_of_place(text: str) -> None:
    assert names(text) == set()


def test_compound_words_are_a_list() -> None:
    assert place_rules.compound("Kaesong-based", len("Kaesong"))
    assert place_rules.compound("Hunchun-registered", len("Hunchun"))
    assert not place_rules.compound("Hunchun-style", len("Hunchun"))
    assert not place_rules.compound("Hunchun based", len("Hunchun"))


# ------------------------------------------------------------------ personal names


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jilin, a welder from the ship repair yard, said he was not paid.",
        "Editor: Liu Yanping",
        "The study by T. Orlov and N. Ivanova appeared in 2021.",
        "Photo: Wang Dandong for the newsletter",
        "Li Shenyang and Zhang Tumen signed the letter.",
    ],
)
def test_a_place_name_after_a_family_name_or_an_initial_is_a_person(text: str) -> None:
    found = names(text)
    assert not any(name in ("Jilin", "Encheng", "Ivanovo", "Dandong", "Shenyang", "Tumen") for _, name in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Workers in Jilin said the factory closed.", ("CN", "Jilin")),
        ("The U.S. Treasury named a firm in Shenyang, China.", ("CN", "Shenyang")),
        ("A Chinese broker in Dandong said the men left.", ("CN", "Dandong")),
        ("He was sent to the Han River bridge site in Seoul.", ("KR", "Han River")),
    ],
)
def test_places_after_ordinary_words_are_kept(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_previous_word() -> None:
    assert place_rules.prev_word("told Liu Yanping", len("told Liu ")) == "Liu"
    assert place_rules.prev_word("workers in Yanji", len("workers in ")) is None
    assert place_rules.prev_word("(Kim Jilin", len("(Kim ")) == "Kim"
    assert place_rules.prev_word("Jilin", 0) is None


def test_initials_but_not_abbreviated_countries() -> None:
    assert place_rules.after_initial_or_surname("by R. Ivanova", len("by R. "))
    assert not place_rules.after_initial_or_surname("the U.S. Ivanovo office", len("the U.S. "))
    assert not place_rules.after_initial_or_surname("in Ivanovo", len("in "))


# ------------------------------------------------------------------ acronyms


@pytest.mark.parametrize(
    "text",
    [
        "The NIS told lawmakers that the crews had been moved.",  # the spy agency, not Niš
        "According to the NIS, 200 workers arrived in the spring.",
    ],
)
def test_acronyms_are_not_towns(text: str) -> None:
    assert ("RS", "Nis") not in names(text) and ("RS", "Niš") not in names(text)


def test_upper_case_aliases_and_datelines_still_count() -> None:
    assert names("Officials in the UAE and NYC said so.") >= {("AE", "United Arab Emirates"), ("US", "New York City")}
    assert ("RU", "Moscow") in names("MOSCOW, March 3 (Wire) - Officials said")
    assert place_rules.acronym("NIS", 0, 3)
    assert not place_rules.acronym("Nis", 0, 3)
    assert not place_rules.acronym("KHABAROVSK", 0, 10)


# ------------------------------------------------------------------ names inside longer names


def test_outlet_named_at_a_line_start_and_mid_sentence_is_not_a_town() -> None:
    text = ("Amurskaya Zarya | Komsomolsk-on-Amur | Society\n\nProsecutors checked a hostel, "
            "the office told Amurskaya Zarya on Friday.")
    assert names(text) == {("RU", "Komsomolsk-on-Amur")}


def test_a_town_alone_elsewhere_in_the_same_document_is_kept() -> None:
    text = "Amurskaya Zarya reported the raid.\n\nThe crew later moved to Khabarovsk, the press office of Amurskaya Zarya said."
    assert ("RU", "Khabarovsk") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "A source told New Focus Korea on Monday.",
        "Korea Frontier Report has learned that the men left.",
        "The contractor, Khan Uul Build LLC, paid the wages late.",
        "Vistula Rubber Works said the line will open in May.",
        "Tickets are on sale at Gulf Sport Daily.",
    ],
)
def test_places_inside_outlet_and_company_names_do_not_count(text: str) -> None:
    assert names(text) == set()


def test_company_words_do_not_hide_a_place_before_ordinary_words() -> None:
    assert ("MN", "Khan-Uul") in names("The towers in the Khan-Uul district of Ulaanbaatar were finished.")
    assert ("QA", "Qatar") in names("The men flew home from Qatar on a charter flight.")
    assert ("QA", "Qatar") not in names("They flew with Qatar Airways.")


# ------------------------------------------------------------------ page links and widgets


def _with_sentences(text: str) -> set[tuple[str | None, str]]:
    return {(m.country, m.name) for m in places.find(text, sentences.split(text))}


@pytest.mark.parametrize(
    "line",
    [
        "Related: Yalu river freight up 12% in February",
        "Most read: Ob river bridge repairs delayed again",
        "Weather: Novosibirsk +14°C, cloudy",
        "Read more: Sawmill fire in Lesosibirsk leaves two injured",
    ],
)
def test_places_in_links_to_other_stories_are_not_the_reports(line: str) -> None:
    text = f"Twelve welders from North Korea were housed in a container yard.\n\n{line}"
    assert _with_sentences(text) == {("KP", "North Korea")}


def test_tag_lines_still_name_places() -> None:
    text = "Twelve welders were housed in a container yard in Nakhodka, Russia.\n\nTags: North Korea, sanctions"
    assert ("KP", "North Korea") in _with_sentences(text)
    assert place_rules.link_line("Related stories: a new port")
    assert not place_rules.link_line("Tags: North Korea")
    assert not place_rules.link_line("Relatedly, the men left Hunchun.")


# ------------------------------------------------------------------ datelines in title case


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gdańsk, 14 November 2023\n\nThe board of the yard rejects the reports.", ("PL", "Gdańsk")),
        ("Szczecin, Nov. 14 -- The board of the yard said", ("PL", "Szczecin")),
        ("Kuwait City — Sources told the paper that the men were unpaid.", ("KW", "Kuwait City")),
    ],
)
def test_title_case_dateline(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


def test_dated_line_needs_a_date_or_a_dash() -> None:
    assert place_rules.dated_line("Gdańsk, 14 November", len("Gdańsk"))
    assert place_rules.dated_line("Gdańsk — the yard", len("Gdańsk"))
    assert not place_rules.dated_line("Gdańsk, the port city", len("Gdańsk"))


# ------------------------------------------------------------------ nationality words as context


def test_nationality_words_introduce_a_small_town() -> None:
    text = "Seamstresses at a plant in the Hunchun border zone were unpaid, a Chinese employee said."
    assert ("CN", "Hunchun") in names(text)


def test_without_any_context_a_small_town_is_not_guessed() -> None:
    assert ("CN", "Hunchun") not in names("Hunchun garment workers were unpaid, a manager said.")


def test_nationality_words_are_not_places() -> None:
    assert names("Qatari banks and Chinese owners financed the towers.") == set()
    assert place_rules.uses_demonym("Kuwaiti officials said", "KW")
    assert not place_rules.uses_demonym("Kuwaitiyya", "KW")
    assert not place_rules.uses_demonym("no such word", "CN")
    assert {"CN", "KP"} <= place_rules.demonym_countries("North Korean workers and Chinese managers")


# ------------------------------------------------------------------ a preposition of place


@pytest.mark.parametrize(
    "text",
    [
        "About thirty women were sent home, a source in Hunchun said.",
        "The plant near Hunchun closed for a week, workers said.",
        "Crews were seen outside Longjing last month.",
    ],
)
def test_a_town_after_a_preposition_of_place_needs_no_country(text: str) -> None:
    assert {c for c, _ in names(text)} == {"CN"}


@pytest.mark.parametrize(
    "text",
    [
        "The figures were reported according to Xinhua on Monday.",  # an agency, and "to" is no place cue
        "A fellow at Brookings said the crews were recalled.",
        "Hunchun garment workers were unpaid, a manager said.",  # no preposition, no country
    ],
)
def test_no_preposition_of_place_no_small_town(text: str) -> None:
    assert names(text) == set()


def test_locative_words() -> None:
    assert place_rules.locative("a source in Hunchun", len("a source in "))
    assert place_rules.locative("near  Hunchun", len("near  "))
    assert not place_rules.locative("according to Xinhua", len("according to "))
    assert not place_rules.locative("within Hunchun", len("within "))
    assert not place_rules.locative("Hunchun", 0)


def test_compass_abbreviations_are_not_initials() -> None:
    assert not place_rules.after_initial_or_surname("in N. Hamgyong", len("in N. "))
    assert not place_rules.after_initial_or_surname("from S. Pyongan", len("from S. "))
    assert place_rules.after_initial_or_surname("by T. Ivanova", len("by T. "))


# ------------------------------------------------------------------ stop-listed names of big cities


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A payments start-up in Austin hired the men, United States prosecutors said.", ("US", "Austin")),
        ("The cooperative near Florence paid them in cash, Italy's labour office said.", ("IT", "Florence")),
        ("Two of them had worked in Reading, England, before.", ("GB", "Reading")),
    ],
)
def test_stop_listed_big_city_after_a_preposition_in_its_country(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "A payments start-up in Austin hired the men.",  # no country named
        "Austin said the United States would act.",  # a person, no preposition
        "They met in Victoria Park, in Canada and in Hong Kong.",  # a park; and two countries with a Victoria
        "The men arrived in May, the United States said.",  # a month
        "An Austin-based start-up in the United States hired them.",
    ],
)
def test_stop_listed_names_otherwise_stay_words(text: str) -> None:
    assert not any(name in ("Austin", "Victoria", "May") for _, name in names(text))


def test_parts_of_documents_are_not_towns() -> None:
    assert names("As described in Annex 41, the crews were paid through an agent.") == set()
    assert names("The figures are listed in Annex 12 of the report.") == set()


def test_nationality_context_does_not_turn_common_words_into_towns() -> None:
    text = "An American engineer landed at Pyongyang Sunan International Airport; the Airport was empty."
    assert names(text) == {("KP", "Pyongyang International Airport")}  # (the airport: places_transport.yaml)
    assert names("A Chinese Officer and an Australian Officer met at the border.") == set()
