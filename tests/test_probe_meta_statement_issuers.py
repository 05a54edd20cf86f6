"""Pages that a body publishes itself: a union's, an NGO's or a ministry's statement or press release names its
issuer in its first lines, and that issuer is the page's outlet; a generic heading ("PRESS STATEMENT", "POLICY
BRIEF 12/3") is never the outlet, nor a page-type word after a masthead ("HARBOUR NEWS Interview"). Negative
controls: a firm's own statement (the gold sets' writers split on its outlet; it is left without one), a heading
that is a real outlet's name, a statement page with no body named in its head (a "PRESS STATEMENT" heading with no
issuer stays as read, see statement_issuers.py). Every body here is invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta

BODY = ("The union has received signed complaints from 40 machinists who say they were kept at their machines "
        "until midnight and that their passports are held by the employer.\n\n"
        "The employer said all overtime was voluntary.\n")


def outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


@pytest.mark.parametrize("text,want", [
    ("PRESS STATEMENT\nLeather Workers' Unity Union, Sialkot Branch\n3 March 2025\n\nUnion demands inquiry\n\n" + BODY,
     "Leather Workers' Unity Union"),
    ("PRESS STATEMENT\nFor immediate release \u2014 Takoradi, 2 June 2024\n\nCOASTAL NET MENDERS UNION (CNMU) CALLS "
     "FOR ACTION ON TRAWLERS\n\n" + BODY + "Signed,\nAma Mensah\nGeneral Secretary, CNMU\n", "Coastal Net Menders Union"),
    ("MINISTRY OF FISHERIES AND MARINE RESOURCES\nREPUBLIC OF NAMIBIA\n\nPRESS STATEMENT\n\nRESPONSE TO A REPORT ON "
     "TRAWLER CREWS\n\n" + BODY, "Ministry of Fisheries and Marine Resources"),
    ("Ministry of Labour and Employment of the Kyrgyz Republic\nPress service\n4 May 2024, Bishkek\n\n"
     "On the publication of a report\n\n" + BODY, "Ministry of Labour and Employment of the Kyrgyz Republic"),
    ("FOR IMMEDIATE RELEASE\nCebu, 9 July 2024\n\nDeckhands went a year without shore leave, testimony shows\n\n"
     "Fishers' rights group Tidemark Advocates today published testimony from 21 deckhands. " + BODY,
     "Tidemark Advocates"),
])
def test_statement_issuer(text: str, want: str) -> None:
    assert outlet(text) == want


@pytest.mark.parametrize("text", [
    # a firm's own statement: no outlet (writers split)
    "STATEMENT\nPelican Bay Seafoods Ltd \u2014 statement regarding media reports\n12 May 2025\n\n" + BODY,
    # a statement page whose head names no body
    "STATEMENT\n14 May 2024\n\nWORKERS DEMAND ACTION ON TRAWLERS\n\n" + BODY,
    # a union named in the body of a page that is no statement
    "Machinists kept at work until midnight\n\n" + BODY + "Leather Workers' Unity Union, Sialkot Branch\n",
])
def test_no_issuer(text: str) -> None:
    assert outlet(text) is None


def test_numbered_paper_heading_is_not_the_outlet() -> None:
    text = ("POLICY BRIEF 12/3 | Caspian Labour Futures Programme\nThe last crews?\nBy Dana Sultan, Senior Fellow\n"
            "6 November 2024\n\n" + BODY)
    assert outlet(text) == "Caspian Labour Futures Programme"


def test_page_type_word_after_a_masthead() -> None:
    text = "HARBOUR NEWS Interview | 2026-10-02\n\n\"We were never paid\": a former welder\n\n" + BODY
    assert outlet(text) == "Harbour News"
    # a real outlet name that ends in a media word keeps it
    assert outlet("Harbour News Report | 2026-10-02\n\n\"We were never paid\"\n\n" + BODY) == "Harbour News Report"
