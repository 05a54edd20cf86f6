"""Pushing a worker off a stool, a chair or a seat is physical violence, as pushing one to the ground is; a
report of such a push is what turns a garment factory's overtime dispute into a report of abuse. Pushing an
object off a seat, or a plan pushed off, is not violence. Every text is written for this test; people and firms
are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-09-09", "language": "en"}
VIOLENCE = "physical_and_sexual_violence"


@pytest.mark.parametrize("text", [
    "A line supervisor pushed a woman off her stool when she stopped to drink water.",
    "The foreman shoved the worker off his chair in front of the whole line.",
])
def test_pushed_off_a_seat_is_violence(text: str) -> None:
    assert VIOLENCE in {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "She pushed the boxes off her stool and sat down.",
    "The plan was pushed off until next year.",
])
def test_other_pushes_are_not(text: str) -> None:
    assert VIOLENCE not in {h.indicator for h in indicators.match(text).hits}


def test_overtime_dispute_with_a_push_has_claims() -> None:
    text = ("A garment factory in Hawassa has made sewing operators work compulsory overtime on Sundays since May and "
            "docks the bonus of those who refuse, according to workers and a union organiser.\n\n"
            "Another operator said a supervisor had pushed a woman off her stool in June.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "off her stool" in c.text)
    assert VIOLENCE in {h.indicator for h in c.indicators}
