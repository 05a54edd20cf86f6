"""A masthead alone on a page's first line names the outlet when nothing else does (analyse/first_line_outlet.py);
a page-type label, a section, a place or a state's letterhead on that line names none. Texts written for these
tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.first_line_outlet import first_line_outlet
from labourlens.analyse.pipeline import analyse

_BODY = ("\n\nCrews say they were not paid for two months\n\nPackers at a fish plant near Walvis Bay say the "
         "contractor kept their passports and did not pay them for two months, three of them told the paper.\n")


@pytest.mark.parametrize("first", ["The Kalahari Clarion", "HARBOUR LANTERN DAILY", "Tembo Morning Beat"])
def test_a_masthead_alone_on_the_first_line(first: str) -> None:
    assert first_line_outlet(first + _BODY) == (first, "first line")
    assert analyse(first + _BODY, {}).meta.outlet is not None


@pytest.mark.parametrize("first", ["PRESS RELEASE", "Weekend Long Read", "SPORTS ROUNDUP", "Government of Namibia",
                                   "Walvis Bay", "Call for Papers and Registration"])
def test_a_label_a_place_or_a_letterhead_is_no_masthead(first: str) -> None:
    assert first_line_outlet(first + _BODY) == (None, None)


@pytest.mark.parametrize("head", ["LAKESIDE PICKERS UNION", "Coastal Carers Network", "ERONGO REGIONAL POLICE\nPRESS RELEASE"])
def test_a_bodys_own_letterhead_is_no_masthead(head: str) -> None:
    assert first_line_outlet(head + _BODY) == (None, None)


@pytest.mark.parametrize("head", ["Selma Haufiku\n@selma_labour", "NETS CUT AT NIGHT\nBy Selma Haufiku",
                                  "Erongo Regional Labour Bureau\nCircular on night shifts", "Walvis Bay Fish Workers"])
def test_a_profile_a_headline_a_bureau_or_a_group_is_no_masthead(head: str) -> None:
    assert first_line_outlet(head + _BODY) == (None, None)


def test_a_short_page_has_no_first_line_masthead() -> None:
    assert first_line_outlet("The Kalahari Clarion\nOne line only.") == (None, None)


def test_a_two_word_capitals_masthead_before_its_tagline() -> None:
    text = "ERONGO TODAY — news of Swakopmund and the coast" + _BODY
    assert analyse(text, {}).meta.outlet == "Erongo Today"
    # near miss: a capitals headline before the rest of the headline names no outlet
    assert analyse("CREWS QUIT — pay cut, workers say" + _BODY, {}).meta.outlet is None
