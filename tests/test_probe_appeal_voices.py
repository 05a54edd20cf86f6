"""Voices in a diaspora body's appeal written in the first person plural: "Our countrymen tell us that ..." (people of
the writer's country, a group that speaks), "Parents in Osh and Naryn call us every day. They say ..." (the group
that contacted the writer is the "they" that says it), and "The general contractor has told our Council that it
pays ..." (the firm that holds the main contract, not a person on the site, who stays a person as "a contractor").
Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.contacting_groups import contacting_group
from labourlens.analyse.speakers import classify
from probe_helpers import speaker

APPEAL = """APPEAL
of the Council of the Uzbek Community of Perm Krai to the Consulate General

We turn to you because our Council has received complaints from more than forty citizens of Uzbekistan working on a building site in Perm.

Our countrymen tell us that they came through the recruitment firm "Samarkand Star", which promised them 3,000 rubles per shift and free housing. On arrival, they were charged 30,000 rubles each for transport.

Parents in Fergana and Namangan call us every day. They say their sons tell them on the phone that they are afraid to complain because the foremen threaten them with deportation.

The general contractor has told our Council that it pays the subcontractors on time. But the workers have not seen this money.
"""


@pytest.mark.parametrize("frag,wording,kind", [
    ("came through the recruitment firm", "Our countrymen", "anonymous_source"),
    ("afraid to complain", "Parents in Fergana and Namangan", "anonymous_source"),
    ("pays the subcontractors", "The general contractor", "organization"),
])
def test_appeal_voices(frag: str, wording: str, kind: str) -> None:
    assert speaker(APPEAL, frag)[:2] == (wording, kind)


@pytest.mark.parametrize("phrase,kind", [
    ("Our compatriots", "anonymous_source"), ("the main contractor", "organization"),
    ("a contractor who hires them", "anonymous_source"), ("A foreman of the general contractor", "anonymous_source"),
])
def test_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_contacting_group() -> None:
    assert contacting_group("Parents in Fergana call us every day.") == ("Parents in Fergana", 0)
    assert contacting_group("Dozens of builders have written to our centre since May.") is not None
    assert contacting_group("The foreman calls us lazy.") is None  # one person, no group
    assert contacting_group("The rains came to us late this year.") is None
