"""The page's maker named on its first line in shapes the masthead rules did not read (probe diag88): a statement
headed by its issuer, a court's heading of a judgment, a firm's letterhead with its legal form, a newsletter's or
broadcaster's name before a description of itself; and more languages a page may be translated from. A heading
that names no maker ("MARITIME BRIEF — Tanker traffic, week 46", "SANCTIONS DESIGNATION — SUMMARY") is left alone.
Every text is written for this test; the bodies, firms and outlets are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.header_issuers import header_issuer
from labourlens.analyse.meta import detect


@pytest.mark.parametrize("first,name", [
    ("STATEMENT BY THE MINISTRY OF LABOUR, REPUBLIC OF KENYA", "Ministry of Labour, Republic of Kenya"),
    ("PRESS RELEASE FROM THE DEPARTMENT OF LABOUR", "Department of Labour"),
    ("IN THE HIGH COURT OF TANZANIA AT DAR ES SALAAM", "High Court of Tanzania"),
    ("KESTREL BUILD L.L.C.", "Kestrel Build"),
    ("Harbour Foods Ltd", "Harbour Foods"),
    ("COASTAL LABOUR BRIEF | monthly newsletter for employers", "Coastal Labour Brief"),
    ('Radio Kijiji FM (Kisumu) \u2014 "Work Abroad" phone-in, transcript', "Radio Kijiji FM"),
])
def test_first_line_maker(first: str, name: str) -> None:
    assert header_issuer(first + "\n\nWorkers said their wages were late.\n")[0] == name


@pytest.mark.parametrize("first", [
    "MARITIME BRIEF \u2014 Tanker and bulk traffic, week 46",
    "SANCTIONS DESIGNATION \u2014 SUMMARY",
    "STATEMENT FROM KESTREL RECRUITMENT LLC, DUBAI",
    "PRESS RELEASE FROM THE EMBASSY OF NEPAL",
    "Workers at a farm in Oman were not paid.",
])
def test_headings_that_name_no_maker(first: str) -> None:
    assert header_issuer(first + "\n\nWorkers said their wages were late.\n")[0] is None


def test_statement_page_outlet_and_luganda() -> None:
    text = ("STATEMENT BY THE MINISTRY OF LABOUR, REPUBLIC OF KENYA\n\nThe Ministry has noted reports that Kenyan "
            "workers in Oman were not paid.\n")
    assert detect(text, None, {}).outlet == "Ministry of Labour, Republic of Kenya"
    text2 = "Radio Kijiji FM (Kisumu) \u2014 phone-in\nTranslated from Luganda by Ann Nabukenya.\n\nCALLER: Hello.\n"
    assert detect(text2, None, {}).original_language == "lg"


def test_section_after_masthead_is_dropped() -> None:
    from labourlens.analyse.outlet_forms import without_section_tail

    assert without_section_tail("Harbour Times Business") == "Harbour Times"
    assert without_section_tail("Muscat Star Sports") == "Muscat Star"
    assert without_section_tail("Star Sports") == "Star Sports"  # one word left: the name itself
    assert without_section_tail("Gulf Daily News") == "Gulf Daily News"
    text = "MUSCAT STAR SPORTS\n\nKerala Strikers win the workers' cup\n\nBy Sports Desk\n\nThe final drew 3,000 fans.\n"
    assert detect(text, None, {}).outlet == "Muscat Star"
