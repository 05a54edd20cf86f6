"""Probes (s339): notes that something is unchecked ("we are trying to check", "did not establish what happened", "we
cannot check what members post"), with near misses that stay claims (a speaker's own doubt, "I don't know if it is
true", is the speaker's, not the page's note); places: an English town written with hyphens ("Kirkby-in-Ashfield"),
a small town opening a dateline in capitals with its accents ("PŘEŠTICE —"). Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import places
from labourlens.analyse.hedges import is_unconfirmed


@pytest.mark.parametrize("text", [
    "Moderators: we cannot check what members post about named agencies.",
    "Readers wrote that the broker now works in Kent, and we are trying to check.",
    "We are still trying to verify whether the crew was paid.",
    "The inspectorate did not establish what happened on the night shift.",
])
def test_unchecked_notes(text: str) -> None:
    assert is_unconfirmed(text)


@pytest.mark.parametrize("text", [
    "The guards did not check who left the site.",
    "The women are trying to establish a union branch.",
    "They were trying to check the boats for leaks.",
    "I have not seen my family in two years.",
    "I don't know if it is true, he said.",
    "He said he had not seen it himself.",
])
def test_claims_that_are_no_notes(text: str) -> None:
    assert not is_unconfirmed(text)


def test_an_english_town_written_with_hyphens() -> None:
    text = ("NOTTINGHAM, England - Bulgarian packers were placed in warehouses in Mansfield and Kirkby-in-Ashfield, "
            "the court heard.")
    assert "Kirkby in Ashfield" in {p.name for p in places.find(text)}


def test_a_small_town_opening_a_dateline_in_capitals() -> None:
    text = ("Farm news\n\nPŘEŠTICE — Ukrainian women planting onions on a farm south of Plzeň say they were promised "
            "140 koruna an hour in the Czech Republic.\n")
    assert "Přeštice" in {p.name for p in places.find(text)}


def test_bare_lei_is_moldovas_in_a_report_set_in_moldova() -> None:
    from labourlens.analyse import money

    moldova = "On a forum of Moldovans in Kent, a recruiter in Cahul wants 12,000 lei for a job package."
    romania = "She paid 2,500 lei to a broker in Iasi before leaving Romania."
    assert [a.currency for a in money.find(moldova)] == ["MDL"]
    assert [a.currency for a in money.find(romania)] == ["RON"]


def test_a_central_european_masthead_in_capitals() -> None:
    from labourlens.analyse.pipeline import analyse

    head = "\nBrno | 14 April 2026\n\nWomen say their wages were cut\n\nBy Jana Nová\n\nBRNO — Nine women said they were paid less.\n"
    assert analyse("MORAVSKÝ DENÍK" + head, {}).meta.outlet == "Moravský Deník"
    assert analyse("Moravské Listy" + head, {}).meta.outlet == "Moravské Listy"
