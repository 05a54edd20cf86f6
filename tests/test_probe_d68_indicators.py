"""Indicators (diagnosis of heldout68 by concept, our own wording): a rota of one rest day in weeks and an early start
are excessive overtime; pay taken before it reaches the workers,
a small share reaching them, an account debited each month are withholding of wages. Controls name the same
words without the abuse. Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from probe_helpers import indicators


@pytest.mark.parametrize("sentence", [
    "For the loggers, rest was one day in two weeks.",
    "The loggers got one day off in three weeks at the timber camp.",
    "In winter the loggers started at four in the morning.",
])
def test_excessive_overtime(sentence: str) -> None:
    assert "excessive_overtime" in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Most of what the loggers earn is taken by the broker before it reaches them.",
    "The inspectors estimate that less than a quarter of the wage bill reached the workers.",
    "Each logger's account was debited 200 dollars a month by the company.",
])
def test_withholding_of_wages(sentence: str) -> None:
    assert "withholding_of_wages" in indicators(sentence)


@pytest.mark.parametrize("sentence,absent", [
    ("The loggers will get their visas in two weeks.", "excessive_overtime"),
    ("The loggers' bus left the camp at four in the morning.", "excessive_overtime"),
    ("Wages reached the workers on time every month, the loggers said.", "withholding_of_wages"),
    ("The loggers' bank account was opened in March.", "withholding_of_wages"),
])
def test_controls(sentence: str, absent: str) -> None:
    assert absent not in indicators(sentence)


def _claim(sentence: str) -> tuple[str, set[str]]:
    from labourlens.analyse.pipeline import analyse
    from probe_helpers import LEAD, META

    a = analyse(LEAD + sentence + "\n", META)
    c = next(c for c in a.claims if c.text.startswith(sentence[:20]))
    return c.polarity, {h.indicator for h in c.indicators}


def test_indicators_found_at_a_place_are_a_finding() -> None:
    _, found = _claim("The inspectors identified the following indicators of forced labour among loggers at the sawmill: "
                      "restriction of movement and withholding of wages.")
    assert {"withholding_of_wages", "restriction_of_movement"} <= found


def test_a_definition_of_the_indicators_stays_no_finding() -> None:
    _, found = _claim("Indicators of forced labour for loggers include retention of identity documents and restriction "
                      "of movement.")
    assert not found
