"""The outlet's full printed name when the cue gives a shorter or longer form: initials written out elsewhere on
the page, the first words of a masthead, a language edition or a year after the name, a site address for its
display name, a domain ending the page always prints. Negative controls: initials no name on the page spells, a
longer name that is another body's, an edition's place or "Online" after the masthead, a known outlet. Every
outlet, person and page here is invented for the test."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta

BODY = "Welders at a shipyard said their wages had been held back since spring and their passports kept by the foreman.\n\n"


def outlet(text: str, given: dict[str, str] | None = None) -> str | None:
    return meta.detect(text, None, given or {}).outlet


@pytest.mark.parametrize("text,want", [
    # initials in the dateline, the name written out in the body, the copyright line or a heading
    ("ORSK, Russia, May 2 (KRW) - " + BODY + "A foreman told Kama River Wire the crews were paid late.\n",
     "Kama River Wire"),
    ("ORSK, May 2 (KRW) - " + BODY + "\u00a9 Kama-River Wire. All rights reserved.\n", "Kama-River Wire"),
    ("ORSK, May 2 (TSP) - " + BODY + "A copy of the list, seen by TSP, names 40 men.\n\u00a9 Tobol Steppe Press\n",
     "Tobol Steppe Press"),
    ("Note de terrain \u2014 Observatoire des Travailleurs du Sahel (OTS)\n\n" + BODY +
     "A driver told OTS that the men worked every day. OTS could not confirm the count.\n",
     "Observatoire des Travailleurs du Sahel"),
    # negatives: initials that no name on the page spells, or only another body's name (no media or NGO word)
    ("ORSK, May 2 (KRW) - " + BODY + "A foreman told KRW the crews were paid late.\n", "KRW"),
    ("ORSK, May 2 (KRW) - " + BODY + "A foreman told KRW the crews were paid late. The Kama Rail Works said nothing.\n",
     "KRW"),
])
def test_initials_written_out(text: str, want: str) -> None:
    assert outlet(text) == want


@pytest.mark.parametrize("text,want", [
    ("Tobol Courier Service\n\nORSK, May 2 (Tobol Courier) - " + BODY, "Tobol Courier Service"),
    ("Selwyn Press Agency  |  World  |  Asia\n\nORSK, May 2 (Selwyn) - " + BODY + "Selwyn could not verify the list.\n",
     "Selwyn Press Agency"),
    ("L'\u00c9cho de Kindu \u2014 English edition\n\n" + BODY + "A mason told L'\u00c9cho that the crews slept on site.\n"
     "L'\u00c9cho was unable to reach the contractor.\n", "L'\u00c9cho de Kindu"),
    ("HARBOUR LINE MIGRANT RIGHTS\nBriefing, June 2025\n\n" + BODY + "Harbour Line has not been able to visit the "
     "yard. The port authority told Harbour Line it would inspect.\n\nHarbour Line Migrant Rights is an independent "
     "charity.\n", "Harbour Line Migrant Rights"),
    # negatives: an edition's word after the name ("Online"); another body's longer name in the body
    ("Tobol Wire Online\n\nORSK, May 2 (Tobol Wire) - " + BODY + "Tobol Wire could not verify the list.\n", "Tobol Wire"),
    ("Tobol Wire\n\nORSK, May 2 (Tobol Wire) - " + BODY + "A cable maker, Tobol Wire Company, was not involved.\n",
     "Tobol Wire"),
])
def test_first_words_of_a_printed_name(text: str, want: str) -> None:
    assert outlet(text) == want


@pytest.mark.parametrize("text,want", [
    ("Source: Kestrel Evening Post English Edition | 2025-05-28\n\n" + BODY, "Kestrel Evening Post"),
    (BODY + "One welder spoke to Sahel Coast Newswire on condition of anonymity.\n\n\u00a9 Sahel Coast Newswire 2024 | "
     "Tags: Ghana\n", "Sahel Coast Newswire"),
])
def test_edition_and_year_dropped(text: str, want: str) -> None:
    assert outlet(text) == want


def test_site_address_takes_the_printed_name() -> None:
    text = "Tern Harbour Asia\n\n" + BODY + "Tern Harbour Asia \u00a9 2024 | About\n"
    assert outlet(text, {"outlet": "ternharbour-asia.example"}) == "Tern Harbour Asia"
    assert outlet(BODY, {"outlet": "ternharbour-asia.example"}) == "ternharbour-asia.example"  # no printed name


def test_domain_ending_printed_as_masthead() -> None:
    assert outlet("KamaInfo.ru > News > Incidents\n\n" + BODY + "A foreman told KamaInfo the men were unpaid.\n"
                  "KamaInfo could not verify the list.\n") in ("KamaInfo", "KamaInfo.ru")
    assert outlet("KamaInfo.ru | Orsk | Incidents\n\n" + BODY) == "KamaInfo.ru"


def test_page_spelling_out_initials_beats_a_lexicon_alias() -> None:
    # "GDN" is a known outlet's alias (Gulf Daily News), but this page writes out its own name with those initials
    text = "Global Desk News Agency\n\nRIYADH, Oct 8 (GDN) - " + BODY
    assert outlet(text) == "Global Desk News Agency"
    # with no such name on the page, the lexicon's outlet stays
    assert outlet("RIYADH, Oct 8 (GDN) - " + BODY) == "Gulf Daily News"


def test_dateline_prints_the_fuller_name() -> None:
    text = ("BEIJING, May 8 (Selwyn News) - " + BODY + "An official told Selwyn by telephone that the plant had no "
            "foreign staff.\nSelwyn could not independently verify the claims.\n")
    assert outlet(text) == "Selwyn News"


def test_initials_of_the_written_out_outlet_are_its_own_voice() -> None:
    from labourlens.analyse.outlet_fuller import initials_of
    from labourlens.analyse.registry import _short_for

    assert initials_of("KRW", "Kama River Wire")
    assert initials_of("GDN", "Global Desk News Agency")
    assert not initials_of("KRW", "Kama Wire")
    assert not initials_of("Kama", "Kama River Wire")
    assert _short_for("TSMN", "Tobol Steppe Migrant Network")
    assert not _short_for("TSM", "Tobol Steppe Migrant Network")
