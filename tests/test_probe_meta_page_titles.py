"""The site's name in an HTML page's <title> (formats/html.py keeps it as ``page_title``;
analyse/page_titles.py reads it). Every page, site and person here is invented for the test."""

from __future__ import annotations

import pytest

from labourlens.analyse import meta, page_titles
from labourlens.formats import html

BODY = ("Seamstresses at a knitwear plant in Yanji said their pay had been held back since spring, "
        "and a supervisor kept their passports.")


@pytest.mark.parametrize(
    "page_title,headline,site",
    [
        ("Knitters in Yanji go unpaid | Larch Valley Notes", "Knitters in Yanji go unpaid", "Larch Valley Notes"),
        ("Knitters go unpaid - The Amber Coast Ledger", "Knitters in Yanji go unpaid since spring", "The Amber Coast Ledger"),
        ("Willow Post \u2014 Interview", "\u201cWe sewed at night\u201d: a former knitter speaks", "Willow Post"),
        ("Yanji knitters | Tern Bay Monitor", "Knitters in Yanji say pay was held back", "Tern Bay Monitor"),
        ("Heron Signal | Yanji knitters paid late", "Knitters in Yanji paid late, sources say", "Heron Signal"),
    ],
)
def test_site_name_in_a_page_title(page_title: str, headline: str, site: str) -> None:
    assert page_titles.site_name(page_title, headline) == site


@pytest.mark.parametrize(
    "page_title,headline",
    [
        ("Knitters in Yanji go unpaid", "Knitters in Yanji go unpaid"),  # one part: no site to tell apart
        ("Yanji knitters go unpaid | World", "Yanji knitters go unpaid"),  # a section label, not a site
        ("Ferry Times | Harbour Notes", "Workers leave the plant"),  # two names: which is the site is unclear
        ("Kim Sun-hee: I sewed for twelve hours - Part 2", "I sewed for twelve hours"),  # a numbered part, not a site
        (None, "Knitters in Yanji go unpaid"),
    ],
)
def test_no_site_name(page_title: str | None, headline: str) -> None:
    assert page_titles.site_name(page_title, headline) is None


def _outlet(page_title: str | None, text: str, headline: str = "Knitters in Yanji go unpaid") -> str | None:
    return meta.detect(text, None, {"title": headline, "page_title": page_title}).outlet


def test_page_title_names_the_outlet_when_the_text_does_not() -> None:
    assert _outlet("Knitters in Yanji go unpaid | Larch Valley Notes", BODY) == "Larch Valley Notes"


def test_text_cue_wins_over_the_page_title() -> None:
    # a repost line in the text names the original outlet (our convention); the page title does not overrule it
    text = "[Source: Willow Creek Herald, 2 March 2024]\n\n" + BODY
    assert _outlet("Knitters in Yanji go unpaid | Larch Valley Notes", text) == "Willow Creek Herald"


def test_page_title_completes_a_short_form_from_the_text() -> None:
    text = BODY + "\n\nThe Herald could not reach the plant for comment."
    assert _outlet("Yanji knitters - Tumen Evening Herald", text, "Knitters in Yanji say pay was held back") \
        == "Tumen Evening Herald"


def test_no_page_title_leaves_the_outlet_unknown() -> None:
    assert _outlet(None, BODY) is None


def test_html_reader_keeps_the_raw_title() -> None:
    page = ("<html><head><title>Knitters in Yanji go unpaid | Larch Valley Notes</title></head><body>"
            "<article><h1>Knitters in Yanji go unpaid</h1><p>" + BODY + " " + BODY + "</p><p>" + BODY +
            "</p></article></body></html>")
    doc = html.extract(page)
    assert doc.extra.get("page_title") == "Knitters in Yanji go unpaid | Larch Valley Notes"
