"""Places that are parts of outlets' names or of the page's links, and the two Congos. A masthead in
capitals ("THE KAMA DISPATCH", "RUSSIA DIGEST | Economy") and a Romance-language paper's name ("Folha do
Litoral", "Jornal de Angola") name an outlet, not a place; a headline-like line whose later part after a bar
is a link ("Comments (4) | Read also: ...") names no place there. "Democratic Republic of Congo" is DR Congo,
"Republic of Congo" the other Congo, and a bare "Congo" is told apart by the document's other places.
Every text is written for this test; outlets, people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import places, sentences


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text, sentences.split(text))}


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("RUSSIA DIGEST | Economy\n\nBuilders in Khabarovsk Krai said their pay was late.",
         ("Russia", "RU"), ("Khabarovsk Krai", "RU")),
        ("THE KAZAN DISPATCH · Regions\n\nPlasterers from Uzbekistan waited in Tatarstan for papers.",
         ("Kazan", "RU"), ("Tatarstan", "RU")),
        ("PRIMORYE COURIER\n\nFish plant staff in Nakhodka said they worked nights.",
         ("Primorsky Krai", "RU"), ("Nakhodka", "RU")),
        ("The Benguela weekly Folha do Litoral said the crews in Lobito, Angola, slept on site.",
         ("Litoral", "GQ"), ("Lobito", "AO")),
        ("Builders in Malabo spoke to Jornal de Angola about the contract in Equatorial Guinea.",
         ("Angola", "AO"), ("Malabo", "GQ")),
        ("Comments (4) | Read also: A new ferry to Sakhalin opens in May\n\nLoggers near Tynda said they were unpaid.",
         ("Sakhalin Oblast", "RU"), ("Tynda", "RU")),
        # a site's section between bars or brackets, an outlet called "<place> Inside"
        ("Frontier Notes\nInside Mongolia | Economy | Labour\n\nMiners in Russia's Zabaykalsky Krai went unpaid.",
         ("Mongolia", "MN"), ("Zabaykalsky Krai", "RU")),
        ("[Inside China] Packers in Hunchun say their phones were taken, a worker in Russia told us.",
         ("China", "CN"), ("Hunchun", "CN")),
        ("A packer in Yanji told Laos Inside that the plant in China locked the gates.",
         ("Laos", "LA"), ("Yanji", "CN")),
    ],
)
def test_outlet_and_link_names_are_not_places(text: str, gone: tuple[str, str], kept: tuple[str, str]) -> None:
    found = _places(text)
    assert gone not in found
    assert kept in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # controls: a capitalised headline is no masthead, a paper in English keeps the rule it had
        ("WORKERS IN RUSSIA SAY WAGES ARE LATE\n\nLoggers in Russia said so.", ("Russia", "RU")),
        ("Seasonal pickers from Moldova arrived in Opole, a city in Poland, last week.", ("Opole", "PL")),
        # the weather widget after a bar is the page's own place
        ("Oman | Local news | Weather: Muscat 40°C\n\nFarmhands in Oman said their passports were kept.", ("Muscat", "OM")),
        # "inside" as a preposition
        ("Conditions inside North Korea are worse, the defector said.", ("North Korea", "KP")),
        # a newspaper word not followed by a Romance preposition
        ("The Diario reporter travelled to Luanda, Angola, to meet the crews.", ("Luanda", "AO")),
    ],
)
def test_controls_stay_places(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Road crews were sent to the Democratic Republic of Congo in 2019.", ("Democratic Republic of the Congo", "CD")),
        ("A Congo-based builder in Kinshasa hired the men.", ("Democratic Republic of the Congo", "CD")),
        ("Loggers near Pointe-Noire in Congo said their pay was cut.", ("Republic of the Congo", "CG")),
        ("The stadium in Brazzaville is the pride of the Republic of Congo.", ("Republic of the Congo", "CG")),
        ("BRAZZAVILLE - Congo's labour ministry said Amadou Ngoma had no permit.", ("Republic of the Congo", "CG")),
    ],
)
def test_the_two_congos(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)
    other = "CG" if place[1] == "CD" else "CD"
    assert not any(c == other for _, c in _places(text))
