"""An unnamed contractor or subcontractor who speaks is a person on the site (anonymous_source), the way every
held-out writer marks it; the firm speaks (organization) only where the phrase names it, places it ("the Gdynia
subcontractor") or describes a thing ("a contractor that leased ..."). Every text is written for this test;
people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "North Korean crews on building sites\nNorth Korean workers are building apartment towers in the city.\n"


def _who(text: str, part: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if part in c.text)
    src = a.source(claim.source)
    return (src.wording if src else None), (src.kind if src else None)


@pytest.mark.parametrize("text,part,kind", [
    (H + "A Turkish subcontractor working on the same floor told the Harbour Times the North Korean welders are locked in a "
     "container at night.", "locked in a", "anonymous_source"),
    (H + "Two Kazakh subcontractors said the masons were paid nothing for five months.", "paid nothing",
     "anonymous_source"),
    (H + "\"They never get a day off,\" a subcontractor on the tower site said.", "day off", "anonymous_source"),
    (H + "According to a contractor in Muscat, the crews hand their wages to a minder.", "hand their wages",
     "anonymous_source"),
    (H + "The subcontractor, who asked not to be named, said the men's passports were kept in the site office.",
     "site office", "anonymous_source"),
    (H + "The contractor, Redline Build & Marine, said all its workers keep their own passports.",
     "own passports", "organization"),
    (H + "A contractor that rented cranes to the site said the foreign crews worked through the night.",
     "through the night", "organization"),
    (H + "The Gdansk subcontractor said the welders received their full wages every month.", "full wages",
     "organization"),
    (H + "The Nepali subcontractor said the welders received no wages for months.", "no wages", "anonymous_source"),
])
def test_contractor_phrases(text: str, part: str, kind: str) -> None:
    assert _who(text, part)[1] == kind


def test_a_pronoun_after_a_subcontractor_goes_back_to_him() -> None:
    text = (H + "A ministry official quoted by the agency said the crews held valid permits. "
            "A Georgian subcontractor told the paper the men were locked in their dormitory at night. "
            "He said they were paid a tenth of what they were promised.")
    assert _who(text, "a tenth") == ("A Georgian subcontractor", "anonymous_source")


@pytest.mark.parametrize("text,part", [
    (H + "Some riders at the depot gate said the builders never leave the compound at night.", "never leave"),
    (H + "Motorcycle taxi drivers outside the camp said the men are driven to the site before dawn.",
     "before dawn"),
])
def test_riders_at_a_gate_are_people(text: str, part: str) -> None:
    who, kind = _who(text, part)
    assert kind == "anonymous_source" and who is not None


@pytest.mark.parametrize("phrase,kind", [
    ("a Russian subcontractor, Dmitry Sokolov", "named_person"),
    ("a Georgian subcontractor, Levan Beridze, who hired welders", "named_person"),
    ("The general contractor, Baltmost-Stroi", "organization"),
    ("a subcontractor", "anonymous_source"),
])
def test_a_named_person_beside_an_indefinite_subcontractor(phrase: str, kind: str) -> None:
    from labourlens.analyse.speakers import classify

    assert classify(phrase) == kind
