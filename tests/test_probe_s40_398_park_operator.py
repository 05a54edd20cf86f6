"""Probes (session 40, from heldout398's speaker-kind misses): the operator of an industrial park, a port or a terminal
is the firm that runs it ("One park operator wrote to the paper ..."): an ``organization``, like a mine or plant operator.
Near misses: a crane or forklift operator is a worker. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.speakers import classify


def test_the_operator_of_a_park_or_a_terminal_is_a_firm() -> None:
    for phrase in ("The biggest park operator", "the industrial park operator", "The terminal operator"):
        assert classify(phrase) == "organization", phrase


def test_machine_operators_stay_workers() -> None:
    for phrase in ("the crane operator", "a forklift operator"):
        assert classify(phrase) == "anonymous_source", phrase
