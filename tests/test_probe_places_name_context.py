"""Context that tells a town's name from a person's or a firm's: a transcript's speaker label in capitals
("MARISOL REYES: ...", then "REYES: ..."), a country's name that is also a given name before a surname
("Jordan Pereira said", not "maids from Jordan"), a name right before a speech verb after a quote or a comma
('"...," Kasozi said'), a name joined by a hyphen to a word that is no place ("Ostrov-Fish"); and the words
that keep a city named before them ("Hunchun Border Economic Cooperation Zone", "Dandong Port"). Level words
in lower case ("the Łódź voivodeship") and the article forms of Omani governorates ("Al Dhahirah") are read
too. Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import places, sentences


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text, sentences.split(text))}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("HOST: When did you reach Kuwait?\n\nJOANNA SANTOS: In March, with an agency from Manila.\n\n"
         "HOST: And your passport?\n\nSANTOS: The madam kept it.", ("Santos", "BR")),
        ('"We dig from six to six," Kasozi said of the stadium site in Kampala, Uganda.', ("Kasozi", "UG")),
        ("The trawler's owner, Ostrov-Fish, denied the claims made by crews in Korsakov, Russia.", ("Ostrov", "RU")),
        ("Shares of Gobi Copper Resources rose after the miners in Mongolia returned.", ("Gobi", "MN")),
        # a country's name that is also a given name, before a surname
        ("Jordan Pereira, a recruiter for the agency, said the fee was 900 dollars.", ("Jordan", "JO")),
        ('"Nobody paid us for the overtime," Chad Morris said of the site.', ("Chad", "TD")),
        ("Union organiser Georgia Mendes said the crews slept in containers.", ("Georgia", "GE")),
    ],
)
def test_names_that_are_not_towns(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # controls: a dateline with a colon, a source in a town, a town before a hyphen and another place
        ("DOHA: Crews on two towers in Qatar have not been paid since May.", ("Doha", "QA")),
        ("A packer in Hunchun told the agency that the plant in China kept their phones.", ("Hunchun", "CN")),
        ("A source in Hunchun said the women were moved, according to the outlet in China.", ("Hunchun", "CN")),
        ("Trucks on the Hunchun-Rason road carried seafood from Rason to China.", ("Hunchun", "CN")),
        # a country's name that is also a given name, where it names the country
        ("Maids from Jordan and Lebanon described locked doors.", ("Jordan", "JO")),
        ("Workers in India Say Their Wages Were Cut", ("India", "IN")),
        ("Maids Who Fled Jordan Speak Out", ("Jordan", "JO")),
        ("Farmhands in the Jordan Valley said the heat was unbearable.", ("Jordan", "JO")),
        # the words after a city that name a part of it
        ("Location: Hunchun Border Economic Cooperation Zone, Jilin Province, China", ("Hunchun", "CN")),
        ("Dockers at Korsakov Port in Russia said they were paid in cash.", ("Korsakov", "RU")),
        # level words in lower case, article forms
        ("Unemployment in the Łódź voivodeship stood at 4.9% in March, Polish officials said.", ("Łódź Voivodeship", "PL")),
        ("Inspectors in Al Dhahirah governorate found visa trading, Oman's ministry said.", ("Ad Dhahirah", "OM")),
    ],
)
def test_places_kept(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


def test_firm_named_for_a_town_still_goes() -> None:
    # "Dandong Hongda" is a firm: a capitalised word that names no part of a place
    assert ("Dandong", "CN") not in _places("Dandong Hongda denied that it employs foreign workers.")
