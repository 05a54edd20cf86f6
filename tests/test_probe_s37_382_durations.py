"""Probes (session 37, from heldout382's study): a length told in two units with only a space between, the larger
first ("2 years 5 months", as forms and posts write it), is one duration of their sum. Near misses: "two years and
six months" stays one length, two lengths in the wrong order stay apart, and "more" before a noun that is no unit
finds nothing. Every
text is written for this test; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.text, t.days_low, t.days_high) for t in analyse(text, META).times if t.kind == "duration"]


def test_two_units_with_a_space_are_one_length() -> None:
    found = _durations("Ana cared for the grandmother at the Lin house for 2 years 5 months.")
    assert len(found) == 1 and found[0][0] == "2 years 5 months"
    assert found[0][1] is not None and 875 <= found[0][1] <= 895


def test_and_between_the_units_stays_one_length() -> None:
    found = _durations("She worked at the Sunrise bakery for two years and six months.")
    assert [f[0] for f in found] == ["two years and six months"]


def test_the_smaller_unit_first_stays_apart() -> None:
    found = _durations("The contract ran 3 weeks 2 months after the audit.")
    assert all(f[0] != "3 weeks 2 months" for f in found)


def test_more_before_a_noun_is_no_length() -> None:
    assert _durations("The farm at Greyfield hired three more pickers from the agency.") == []
