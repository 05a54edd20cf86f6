"""Probes (session 37, from heldout382's study): a growers' or fishers' cooperative that says something speaks for its
members as an organization ("The X fisheries cooperative said ..."). Near misses: a "he" after a person named before
is that person, and a firm named again is still the firm's. Every text is written for this test; people and firms
are fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker


def test_he_after_a_person_is_that_person() -> None:
    text = (LEAD + "Brightline Foods said its dormitory met every standard. Tomas Lind, a picker, said the gate was "
            "locked. He said the identity cards stayed locked in the office.")
    wording, _, _ = speaker(text, "identity cards stayed locked")
    assert wording is not None and "Tomas Lind" in wording


def test_the_firm_named_again_is_the_firm() -> None:
    text = (LEAD + "Brightline Foods said its dormitory met every standard.\n\n"
            "Brightline Foods also said the identity cards sat in a safe at the workers' request.")
    _, kind, _ = speaker(text, "sat in a safe")
    assert kind == "organization"


def test_a_cooperative_speaks_for_its_members() -> None:
    text = ("Migrant fishing crews in Mokpo told us they work 20 hours a day and the owners keep their bankbooks.\n\n"
            "The Sinan fisheries cooperative insisted that every boat of its members obeys the labour law.")
    wording, kind, _ = speaker(text, "obeys the labour law")
    assert kind == "organization" and wording is not None and "cooperative" in wording
