"""Probes (s34, heldout359): a person first given by a given name alone and later by the full name that begins with
it is one source; with two full names that begin with that given name, or a given name no full name begins with, the
sources stay apart. Texts written for these tests; the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-01", "language": "en"}


def _key(a, needle: str) -> str:  # type: ignore[no-untyped-def]
    return next(c.source for c in a.claims if needle in c.text)


def test_a_given_name_and_the_full_name_after_it_are_one_source() -> None:
    text = ("Forced labour on Libyan farms\n\n"
            "A returnee, Yaw, 23, said the farm owner took his passport and never paid him.\n\n"
            "The boss beat workers who asked for their pay, said Yaw Mensah, who returned in May.\n")
    a = analyse(text, META)
    assert _key(a, "took his passport") == _key(a, "beat workers")


def test_two_full_names_with_that_given_name_keep_it_apart() -> None:
    text = ("Forced labour on Libyan farms\n\n"
            "A returnee, Yaw, 23, said the farm owner took his passport and never paid him.\n\n"
            "The boss beat workers who asked for their pay, said Yaw Mensah, who returned in May.\n\n"
            "Guards locked the gate at night, said Yaw Boateng, a driver from Kumasi.\n")
    a = analyse(text, META)
    assert _key(a, "took his passport") not in (_key(a, "beat workers"), _key(a, "locked the gate"))
