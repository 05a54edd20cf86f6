"""Metadata probes (diag58): a wire dateline whose agency stands in square brackets ("DHAKA, May 2 [Harbour
Newswire] —") names the outlet as the round-bracket form does. Texts are written for this test; outlets and
people are fictional, places real."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

BODY = " Workers at a garment plant said their wages were withheld for three months and their passports kept."


@pytest.mark.parametrize("dateline,outlet", [
    ("DHAKA, Bangladesh, May 2 [Harbour Newswire] —", "Harbour Newswire"),
    ("ALMATY, March 9 [Steppe Wire] -", "Steppe Wire"),
    ("DHAKA, May 2 (Harbour Newswire) —", "Harbour Newswire"),
])
def test_agency_in_a_dateline(dateline: str, outlet: str) -> None:
    a = analyse("Garment workers say wages withheld\n\n" + dateline + BODY)
    assert a.meta.outlet == outlet


def test_bracketed_note_that_is_no_dateline() -> None:
    # control: a bracketed editor's note in the body names no outlet
    a = analyse("Garment workers say wages withheld\n\nWorkers at a garment plant [name withheld] - said their wages were "
                "withheld for three months and their passports kept.")
    assert a.meta.outlet is None


@pytest.mark.parametrize("page_title,headline,site", [
    ("Fact check: Tea pickers in Assam 'paid in full' | KTV", "Tea pickers in Assam 'paid in full', managers tell KTV", "KTV"),
    ("Steel fixers unpaid for months - Harbour Notes", "Steel fixers unpaid for months", "Harbour Notes"),
    # control: a site part that repeats most of a short headline is the headline, not a site
    ("Harbour Notes | Harbour Notes Weekly", "Harbour Notes", None),
])
def test_site_name_in_a_page_title(page_title: str, headline: str, site: str | None) -> None:
    from labourlens.analyse.page_titles import site_name

    assert site_name(page_title, headline) == site


@pytest.mark.parametrize("credit,name", [
    ("Transcript translated from Tajik by Nilufar Saidova", "Nilufar Saidova"),
    ("Interview translated from Pashto by Omar Zadran.", "Omar Zadran"),
    ("Story translated from Tagalog by Liza Ramos", "Liza Ramos"),
])
def test_translator_from_a_central_or_south_asian_language(credit: str, name: str) -> None:
    text = ("RADIO KESH - programme transcript\n" + credit + "\n\nHOST: Welcome. With me is Davron Yusupov.\n\n"
            "YUSUPOV: The foreman kept my passport and we were not paid for four months.")
    assert analyse(text).meta.translator == name


def test_translated_note_without_a_name() -> None:
    # control: "translated from Tajik" with no one credited names no translator
    text = ("RADIO KESH - programme transcript\nTranslated from Tajik.\n\nHOST: Welcome.\n\n"
            "YUSUPOV: The foreman kept my passport and we were not paid for four months.")
    assert analyse(text).meta.translator is None
