"""Probes of the head of a province's labour administration as a speaker: "director-general of labour" (of a
province, with the other portfolios of the office listed) is a post of the state, so the speaker is an official;
a firm's director general stays the firm's."""

from __future__ import annotations

from tests.probe_helpers import LEAD, META, speaker

from labourlens.analyse.speakers import classify


def test_director_general_of_labour_of_a_province_is_official() -> None:
    assert classify("Reza Tavakoli, director-general of labour, employment and welfare of Kerman Province") == "official"


def test_provincial_director_general_is_official() -> None:
    assert classify("Leyla Mammadova, provincial director-general of labour") == "official"


def test_a_firms_director_general_is_not_official() -> None:
    assert classify("Reza Tavakoli, director general of Kestrel Mining") != "official"


def test_denial_by_the_director_general_speaks_as_official() -> None:
    text = LEAD + ("Reza Tavakoli, director-general of labour, employment and welfare of Kerman Province, said "
                   "inspectors had found no worker held against his will at the yard.\n")
    _, kind, _ = speaker(text, "inspectors had found", META)
    assert kind == "official"
