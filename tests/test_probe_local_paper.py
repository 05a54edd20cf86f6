"""A short reference to the page's own paper ("The Observer has not been able to verify ...") is that paper when the
page names it in full ("shared with the Rift Valley Observer"), not the national title the short name is an alias of
elsewhere; with no fuller name in the text the alias still resolves. Mini-texts written for this probe; fictional
papers and people."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-10-01"}


@pytest.mark.parametrize(("text", "outlet"), [
    ("A family in Kisumu shared the message with the Lakeside Observer. Their daughter said her passport was taken "
     "in Riyadh. The Observer has not been able to verify the account.", "Lakeside Observer"),
    ("Workers at a farm in Kent said their wages were withheld for months, The Observer has learned. The Observer "
     "has not been able to verify the claims.", "The Guardian"),
])
def test_a_short_reference_is_the_paper_the_page_names(text: str, outlet: str) -> None:
    assert analyse(text, META).meta.outlet == outlet
