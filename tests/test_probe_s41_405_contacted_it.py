"""Probes (session 41, from heldout405's speaker misses): "It replied ..." right after the page says it wrote to or
contacted a body ("We wrote to the agency. It replied that ...", "We contacted the restaurant for comment. It
said ...") is that body's answer, not the page's own words. Near misses: an "It said" after a report opening the
sentence before stays the report's, and an "it" after a sentence about a person keeps what the other rules found.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker

_NOTES = """Harbour Aid, Gdansk: case notes

Case 2. A welder from Lviv says the agency kept his passport and wanted 500 zloty for its return. We wrote to the agency. It replied that it holds only photocopies and never keeps original papers.

Case 3. A cook from Minsk says the restaurant paid her nothing for two months. We contacted the restaurant for comment. It said that she had been paid in cash every week.
"""


def test_it_after_a_contacted_body_is_that_body() -> None:
    assert speaker(_NOTES, "holds only photocopies")[0] == "the agency"
    assert speaker(_NOTES, "paid in cash")[:2] == ("the restaurant", "organization")


def test_it_after_a_report_stays_the_reports() -> None:
    text = _NOTES.replace("We contacted the restaurant for comment.", "The report, published by Baltic Work Watch, was based on 40 interviews.")
    assert speaker(text, "paid in cash")[0] == "The report"
