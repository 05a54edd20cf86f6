"""A heading with a status word in brackets before a dash ("AUDIT SUMMARY (EXCERPT) - CONFIDENTIAL") is no
dateline, so "Excerpt" is not the page's outlet; a real dateline still names its outlet. "On day two, auditors
saw ..." opens with a time, not a speaker "two, auditors". Every text is written for this test; firms and sites
are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}

_BODY = ("\n\nSection 3: Findings\n\n3.1 Hours. Packing line staff worked 80 hours a week in the peak "
         "season, with no day off for 15 days.\n\n3.2 Migrant workers. On day two, auditors observed about 40 "
         "workers who were not on the payroll and whose passports were kept by the site manager.\n")


@pytest.mark.parametrize("heading", [
    "AUDIT SUMMARY (EXCERPT) \u2014 CONFIDENTIAL",
    "SITE VISIT NOTES (DRAFT) - INTERNAL",
    "SUPPLIER REVIEW (SUMMARY) \u2013 FOR BUYERS ONLY",
    "FACTORY CHECK (UPDATED) -- v2",
])
def test_status_word_is_no_outlet(heading: str) -> None:
    text = f"{heading}\nSite: Lotus Seafood Co., Qingdao{_BODY}"
    assert analyse(text, META).meta.outlet is None


@pytest.mark.parametrize("sentence,who", [
    ("On day two, auditors observed about 40 workers who were not on the payroll.", "auditors"),
    ("On day three, the foreman said the workers would not be paid.", "the foreman"),
    ("On week one, inspectors found 12 men locked in a dormitory.", "inspectors"),
    ("On day five, a guard told the visitors the gate stays locked at night.", "a guard"),
    ("On May 5, the ministry said 40 workers had been deported.", "the ministry"),
])
def test_day_number_adjunct(sentence: str, who: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == who, m


def test_news_dateline_still_gives_outlet() -> None:
    text = ("Workers locked in\n\nQINGDAO, China (Harbour Wire) \u2014 About 40 workers at a seafood plant had their "
            "passports taken by the manager, two people who work there said.\n")
    assert analyse(text, META).meta.outlet == "Harbour Wire"
