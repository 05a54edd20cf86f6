"""A denial that turns into an account of abuse after "but" (a study of s37 on a held-out set; every text here is
written for this test, with fictional places and people): "nobody had ever hit him at this farm, but that at his last farm a
picker ... was kicked" affirms violence.
Near misses stay denials: a second clause that denies again, and a denial whose "but" adds no abuse."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

LEAD = "Workers at the Norrby farm said their passports were taken. "


def _claim(sentence: str) -> tuple[str, list[str]]:
    a = analyse(LEAD + sentence, {})
    c = next(c for c in a.claims if c.text.startswith(sentence[:20]))
    return c.polarity, [h.indicator for h in c.indicators]


@pytest.mark.parametrize("sentence", [
    "The cook told us nobody had ever hit him at this farm, but that at his last farm a picker who got sick was kicked.",
])
def test_turn_to_abuse_is_affirmed(sentence: str) -> None:
    polarity, found = _claim(sentence)
    assert polarity == "affirmed" and "physical_and_sexual_violence" in found


@pytest.mark.parametrize("sentence", [
    "The cook says nobody ever struck him, but not every farm is like this one.",
    "The farm denied that it held passports, but said it would look into the complaints.",
])
def test_denial_stays(sentence: str) -> None:
    polarity, found = _claim(sentence)
    assert polarity == "negated" and "physical_and_sexual_violence" not in found
