"""Probes: "it is also said that ..." hedges a claim as "it is said" does; "supposedly" before an infinitive of
purpose ("collected the passports, supposedly to renew the permits") doubts the pretext, not the act, and does not
hedge the claim, while "supposedly collected" still does. Sentences written for these tests."""

from __future__ import annotations

from labourlens.analyse import hedges


def test_it_is_also_said_is_a_hedge() -> None:
    assert hedges.find_hedges("It is also said that some loggers have frostbite because gloves are rationed.")
    assert hedges.find_hedges("It is widely said that the loggers are not paid.")


def test_supposedly_before_a_purpose_does_not_hedge_the_act() -> None:
    assert not hedges.find_hedges("The brigade leader took their passports in May, supposedly to renew the permits.")
    assert hedges.find_hedges("The brigade leader supposedly took their passports in May.")
