"""Hearsay and suspicion that hedge a claim (a study of s37 on a held-out set; every text here is written for this test,
with fictional places and people): "We heard they still send ...", "There have been reports, not yet confirmed,
that ...", "Police suspect the agents who hired the men were rewarded ...". Near misses stay plain: what a speaker heard with
their own ears, and a plain report."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

LEAD = "Workers at the Norrby farm said their passports were taken. "


def _hedged(sentence: str) -> bool:
    a = analyse(LEAD + sentence, {})
    c = next(c for c in a.claims if c.text.startswith(sentence[:20]))
    return c.hedged


@pytest.mark.parametrize("sentence", [
    "We heard they still send the boys across the hills at night.",
    "There have been reports, not yet confirmed, that pickers were beaten.",
    "Police suspect the agents who hired the men were rewarded per recruit, an officer said.",
])
def test_hearsay_is_hedged(sentence: str) -> None:
    assert _hedged(sentence)


@pytest.mark.parametrize("sentence", [
    "I heard the guards shouting at the men every night.",
    "The guards moved the men to the coast at night and kept their phones.",
])
def test_plain_stays_plain(sentence: str) -> None:
    assert not _hedged(sentence)
