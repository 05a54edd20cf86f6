"""A page's first line that is all names or phrases still names its outlet when it is a breadcrumb ("Steppe Forum ›
Kazakhstan › Jobs"), a name with a media word before a dash, or a name before a lower-case tagline ("Pine Ledger —
independent news about ..."); a title-case headline with a dash names none (``mastheads._masthead_line``)."""

from __future__ import annotations

import pytest

from labourlens.analyse import mastheads, meta

BODY = ("\n\nThe owner of a packing plant kept the passports of eleven workers, a labour inspector said on Monday. "
        "The workers said they were paid half the agreed wage.\n")


@pytest.mark.parametrize(("first", "outlet"), [
    ("Harbourside Talk Forum \u203a Work abroad \u203a Factories", "Harbourside Talk Forum"),
    ("Selkirk Valley Ledger \u2014 independent news about the Borders", "Selkirk Valley Ledger"),
    ("Lindqvist Fisk AB | Sustainability | Statements", "Lindqvist Fisk AB"),
    ("Tamarind Coast Courier - Weekend edition", "Tamarind Coast Courier"),
    ("Quarry Lane Gazette | Field Notes", "Quarry Lane Gazette"),
])
def test_the_first_line_names_the_outlet(first: str, outlet: str) -> None:
    assert outlet in {name for name, _, _ in mastheads.header_votes(first + BODY)}
    assert meta.detect(first + BODY, None, None).outlet == outlet


@pytest.mark.parametrize("first", [
    "Crews Sent Home \u2014 Dock Strike Ends",  # a title-case headline with a dash
    "Packers Paid Half | Passports Kept",
    "Osaka \u203a Kyoto \u203a Nara",  # places, not an outlet
    "Pickers in Huelva - unpaid for weeks, union says",  # a headline's lower-case rest is no tagline
    "HARBOUR LOG (DRAFT) - Internal",  # a paper's label with a status note
])
def test_a_headline_or_a_place_line_names_no_outlet(first: str) -> None:
    assert not [v for v in mastheads.header_votes(first + BODY) if v[2] == "masthead line"]


@pytest.mark.parametrize(("text", "outlet"), [
    ("Lakeshore Weekly Herald \u2014 English edition\nThis article was first published in Tigrinya. Translated by Ruth "
     "Haile.\n" + BODY, "Lakeshore Weekly Herald"),
    ("Nordhafen Handelsblatt \u203a Firmen \u203a Handel\n[Read in German]  Translated by Jonas Ebert\n" + BODY,
     "Nordhafen Handelsblatt"),
])
def test_a_language_is_no_outlet(text: str, outlet: str) -> None:
    # "first published in Tigrinya", "[Read in German]": the language of the original, never the outlet
    assert meta.detect(text, None, None).outlet == outlet


@pytest.mark.parametrize("text", [
    "HARBOUR LIGHT\nSaturday, 3 October 2026 | Port Louis 27\u00b0C\n" + BODY,  # a dated masthead's weekday
    "Posted by Rui Tavares \u00b7 9h \u00b7 Facebook\n" + BODY,  # a social post's time stamp and platform
    "By staff reporter, Kitwe\n" + BODY,  # a byline's town
])
def test_a_weekday_a_platform_or_a_town_is_no_outlet(text: str) -> None:
    outlet = meta.detect(text, None, None).outlet
    assert outlet not in {"Saturday", "Facebook", "9h", "Kitwe"}


def test_the_pages_short_name_goes_to_its_masthead_with_a_media_word() -> None:
    # the page's own cues say "Selkirk Tide", its masthead "SELKIRK TIDE NEWS": one outlet, as printed on top
    text = ("SELKIRK TIDE NEWS\n\nThe owner of a packing plant kept the passports of eleven workers, a labour inspector "
            "told Selkirk Tide on Monday. Selkirk Tide could not independently confirm the account. The manager told "
            "Selkirk Tide that no passport was kept.\n")
    assert meta.detect(text, None, None).outlet == "Selkirk Tide News"
