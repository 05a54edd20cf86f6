"""Probes of the heldout191 study (places), in our own wording: a sports club's place and nickname, a place
in a newspaper name ending in a newspaper word of another language, and a town's hyphenated area name."""

from __future__ import annotations

from labourlens.analyse import places


def _names(text: str) -> list[str]:
    return [p.name for p in places.find(text)]


# --- a sports club: the region of "the Sakhalin Herons" is no place of the report

def test_club_nickname_in_a_sentence_of_sport_is_no_place() -> None:
    text = "In Russia, the Yenisei Otters beat the Sakhalin Herons 4-1 on Sunday night in front of 6,000 fans."
    assert _names(text) == ["Russia"]


def test_club_nickname_with_a_word_of_sport_and_no_score() -> None:
    text = "Russia's league resumed as the Kamchatka Elks drew with a side from Omsk after overtime."
    assert _names(text) == ["Russia", "Omsk"]


def test_workers_after_a_place_in_a_sentence_of_sport_stay_a_place() -> None:
    # "Workers" is no nickname, even before a match
    text = "Before the match, the Sakhalin Workers union in Russia said its members had not been paid."
    assert "Sakhalin Oblast" in _names(text)


def test_region_without_a_nickname_in_a_sentence_of_sport_stays() -> None:
    text = "The team from Sakhalin beat a side from Omsk 2-0, officials in Russia said."
    assert "Sakhalin Oblast" in _names(text)


def test_countries_playing_each_other_stay_places() -> None:
    assert _names("Kyrgyzstan beat Laos 3-0 in Bishkek on Friday.") == ["Kyrgyzstan", "Laos", "Bishkek"]


# --- a newspaper named with a newspaper word of another language, even in a masthead line

def test_region_before_a_foreign_newspaper_word_is_the_paper() -> None:
    text = "Kamchatka Pravda | Economy | 12.03.2025\n\nWelders in Russia have not been paid since May, residents say."
    assert _names(text) == ["Russia"]


def test_region_without_a_newspaper_word_stays() -> None:
    text = "Welders in Kamchatka, Russia, have not been paid since May, residents say."
    assert "Kamchatka Krai" in _names(text)


# --- a town's hyphenated area: "the Gelendzhik-Kabardinka coastal strip"

def test_hyphenated_area_before_a_word_of_an_area_names_the_town() -> None:
    text = "A hotel on the Gelendzhik-Kabardinka coastal strip in Krasnodar Krai, Russia, hired 40 North Korean cooks."
    assert "Gelendzhik" in _names(text)


def test_hyphenated_resort_names_the_town() -> None:
    text = "A hotel near the Gelendzhik-Divnomorskoye resort in Krasnodar Krai, Russia, hired cooks."
    assert "Gelendzhik" in _names(text)


def test_hyphenated_firm_name_is_still_no_place() -> None:
    assert "Sochi" not in _names("Sochi-Mebel in Krasnodar Krai, Russia, hired ten welders.")
    assert "Sochi" not in _names("Sochi-Mebel in the port area of Krasnodar Krai, Russia, hired ten welders.")


def test_region_before_a_newspaper_word_mid_sentence_is_left_to_the_outlet_rules() -> None:
    # only a masthead's opening words are read here
    text = "Welders in Kamchatka, Russia, said pay was late, and a Kamchatka Pravda poll of residents agreed."
    assert "Kamchatka Krai" in _names(text)


def test_hyphenated_firm_before_a_word_of_a_port_is_still_no_place() -> None:
    assert "Sochi" not in _names("The Sochi-Mebel port terminal in Krasnodar Krai, Russia, hired ten welders.")
