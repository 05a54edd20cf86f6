"""Probe (s397): reports dismissed with the label quoted and no "as" ('called the reports "inventions of ..."') are
denials, as are those dismissed "as lies"; a report that quotes its source's words without dismissing stays affirmed.
Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

_LEAD = "Rights groups say the beet harvest in Orvan relies on forced labour, and pickers said they were beaten.\n\n"


def _polarity(sentence: str) -> str:
    claims = [c for c in analyse(_LEAD + sentence + "\n", {}).claims if c.start >= len(_LEAD)]
    assert claims, sentence
    return claims[0].polarity


@pytest.mark.parametrize("sentence", [
    'A spokesman for the regional office called reports of beatings of pickers "inventions of hostile media".',
    'The deputy governor called the reports of unpaid pickers "made-up stories" and declined to comment further.',
])
def test_dismissed_reports_negated(sentence: str) -> None:
    assert _polarity(sentence) == "negated"


@pytest.mark.parametrize("sentence", [
    'A picker said the brigade leader called them "lazy dogs" and beat two of them with a stick.',
])
def test_quoted_words_stay_affirmed(sentence: str) -> None:
    assert _polarity(sentence) == "affirmed"
