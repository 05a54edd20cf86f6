"""Probes (session 40, from heldout395's speaker kinds): a shelter's or a network's coordinator is one person (named
where the apposition names them: "A shelter coordinator, Ana Ruiz"), not the body; a witness known by the court's code
or a label is the state's voice where the apposition gives a state post ("PW4, a labour officer"). Near misses: a
coded witness with a trade stays anonymous, and a labour inspector stays an official. Texts written for these
tests."""

from __future__ import annotations

from probe_helpers import speaker

LEAD = "Pickers at the orchard say they were not paid for months.\n\n"


def _kind(phrase: str) -> tuple[str | None, str | None]:
    wording, kind, _ = speaker(LEAD + f"{phrase} said the owner kept the pickers' passports in a safe.\n", "passports", {})
    return wording, kind


def test_a_coordinator_is_a_person() -> None:
    assert _kind("A refuge coordinator, Lena Varga,")[1] == "named_person"
    assert _kind("A union coordinator")[1] == "anonymous_source"


def test_a_coded_witness_with_a_state_post_is_official() -> None:
    assert _kind("PW4, a labour officer,")[1] == "official"
    assert _kind("Witness 6, a police inspector,")[1] == "official"


def test_near_misses() -> None:
    assert _kind("PW2, a fruit picker,")[1] == "anonymous_source"
    assert _kind("A labour inspector, Lena Varga,")[1] == "official"
