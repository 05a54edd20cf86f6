"""Forest trades as speaker nouns: "Foresters told us ...", "a forest ranger said", "sawmill workers say" are
unnamed people (anonymous_source), not a person named "Foresters". Controls: a named forester is still named."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize(("np", "kind"), [
    ("Foresters", "anonymous_source"),
    ("A forester", "anonymous_source"),
    ("Forest rangers in the district", "anonymous_source"),
    ("Sawmill workers", "anonymous_source"),
    ("Forester Ivan Petrov", "named_person"),
])
def test_forest_trades_are_unnamed_people(np: str, kind: str) -> None:
    assert classify(np) == kind


def test_foresters_told_us_is_an_unnamed_group() -> None:
    text = ("Taiga Labour Watch\n\nBriefing: timber camps in Khabarovsk Krai\n\nForesters told us the crews cut timber "
            "for up to 15 hours a day and that their passports were held by the camp boss.\n")
    got = find_claim(claim_sources(text), "passports were held")
    assert got[0] == "anonymous_source" and "Foresters" in (got[1] or ""), got
