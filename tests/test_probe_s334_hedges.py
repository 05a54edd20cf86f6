"""Probes (s334): an allegation reported in a relative clause hedges the claim ("paid to the foreman, who the group
alleges keeps them"); a plain "alleging unfair dismissal" names a complaint, no hedge, and a firm that "rejects reports
alleging that ..." denies rather than hedges (the gold sets leave such denials unhedged). Texts written for these
tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse import hedges


def test_an_allegation_in_a_relative_clause_hedges() -> None:
    assert hedges.find_hedges("Wages were paid to the foreman, who the group alleges keeps them for himself.")
    assert hedges.find_hedges("The pay went to the director, who it alleges sends it on to Pyongyang.")


def test_a_complaint_alleging_a_wrong_by_name_is_no_hedge() -> None:
    assert not hedges.find_hedges("The welders are alleging unfair dismissal before the tribunal.")


def test_a_denial_of_reports_alleging_abuse_is_no_hedge() -> None:
    assert not hedges.find_hedges("The builder rejects recent posts alleging that Korean tilers were beaten.")
