"""Pages that say what they are: a blog's or podcast's title line, an organisation's "about" footer with its
contact, a masthead in capitals over a line of sections and dates or beside a sentence-case description.
Negative controls: an "about" sentence on a cited group with no contact line, a headline in capitals over a
byline, a place in capitals over a sections line. Every page and body here is invented for the test."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta

BODY = ("Deckhands on two trawlers said they were kept at sea for fourteen months and that their wages were "
        "held back by the manning agent.\n\nThe agent did not answer calls.\n")


def outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


@pytest.mark.parametrize("text,want", [
    ("The Night Shift Desk - a podcast about people who work while others sleep\nEpisode 12: \"Nets\"\n\n" + BODY,
     "The Night Shift Desk"),
    ("NOTES FROM THE PIER\na blog about the fishing ports of the Gulf of Guinea, by Efua Asante\nMay 3, 2025\n\n" + BODY,
     "Notes from the Pier"),
    ("Diary of a Port Chaplain - Tomas Berg's blog\nHome   About   Contact\n\n" + BODY, "Diary of a Port Chaplain"),
    ("Trawler crews at sea for a year\n\n" + BODY + "\nSaltwater Crew Justice is an independent network of researchers "
     "in West Africa. Contact: info@saltwater.example\n", "Saltwater Crew Justice"),
    ("HARBOUR PITCHSIDE\nFootball | Community | 18 November 2023\n\nNepal held to a draw\n\n" + BODY, "Harbour Pitchside"),
    ("FLEET TRACKER | Weekly vessel alerts digest\nPosted 5 December 2024\n\n" + BODY, "Fleet Tracker"),
])
def test_page_says_what_it_is(text: str, want: str) -> None:
    assert (outlet(text) or "").casefold() == want.casefold()  # the scorer compares names casefolded


@pytest.mark.parametrize("text", [
    # a cited group's description at the foot of a news story, no contact: not the page's own
    "Trawler crews at sea for a year\n\n" + BODY + "\nSaltwater Crew Justice is an independent network of researchers.\n",
    # a headline in capitals over a byline, not sections
    "CREWS KEPT AT SEA\nBy Efua Asante\n\n" + BODY,
    # a place in capitals over a sections line
    "GHANA\nLabour | Society | 18 November 2023\n\n" + BODY,
])
def test_no_self_description(text: str) -> None:
    assert outlet(text) is None


def test_producer_line_names_the_outlet() -> None:
    text = ("Voices from the Quay \u2014 Episode 3 (radio programme, English transcript)\n\nHOST: How long were you at sea?\n"
            "GUEST: Fourteen months. They kept our passports.\n\nVoices from the Quay is produced by Kestrel Media "
            "Collective. We could not check every detail.\n")
    assert outlet(text) == "Kestrel Media Collective"
    # "produced by" in a sentence of the story is no producer line
    assert outlet("Nets made in Tema\n\n" + BODY + "\nThe rope is produced by a firm in Accra, the agent said.\n") is None


def test_transcript_line_ending_with_the_broadcaster() -> None:
    text = ('TRANSCRIPT \u2014 "Night Desk", Channel 4 Harbourside\nBroadcast: 3 May 2025\n\n'
            "ANCHOR: Deckhands say they were kept at sea for a year.\n")
    assert outlet(text) == "Channel 4 Harbourside"


def test_numbered_paragraph_before_an_own_check() -> None:
    text = ("Written input to a UN call \u2014 Volta Migrant Rights Network (VMRN), May 2025\n\n"
            "2.1 Boat owners told VMRN that the crews were paid once a season.\n"
            "2.4 VMRN could not establish whether the men held their passports.\n")
    assert outlet(text) == "Volta Migrant Rights Network"


@pytest.mark.parametrize("text,want", [
    ("Translated from Arabic by Lina Saad. This report first appeared in the Mafraq weekly Sawt al-Badia.\n\n" + BODY,
     "Sawt al-Badia"),
    (BODY + "\nTranslated from Russian by Oleg Marr. The original article appeared in the district newspaper Tynda "
     "Vestnik.\n", "Tynda Vestnik"),
    (BODY + "\nThis article first appeared in the print edition of Accra Business Week.\n", "Accra Business Week"),
    ("KARAKOL TANY - Issyk-Kul region weekly\nNo. 12 | Wednesday, 3 July 2024\n\n" + BODY, "Karakol Tany"),
    ("BISHKEK CHRONICLE \u00b7 Regions\n\n" + BODY, "Bishkek Chronicle"),
])
def test_paper_said_with_what_it_is(text: str, want: str) -> None:
    assert (outlet(text) or "").casefold() == want.casefold()


@pytest.mark.parametrize("text", [
    # the paper's kind without a name after it, and a sentence of the story about another paper's report
    BODY + "\nThis article first appeared in the print edition.\n",
    "Fishing crews kept at sea - local news\n\n" + BODY.replace("The agent", "the agent"),
])
def test_no_paper_named(text: str) -> None:
    assert outlet(text) is None
