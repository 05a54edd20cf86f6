"""Probes (study386, South Asian debt bondage and Gulf recruitment): indicator cues of kinds that recur in reports on
kilns, looms and migrant hostels, and the speaker kind of a union's named officer. Positives: pay kept against an
advance, a sum advanced to workers, earnings swallowed by the interest, bondage named as such (debt_bondage); an
employer that closed a firm owing workers money (withholding_of_wages, not debt_bondage); workers who keep indoors
for fear of the police, arrest waiting outside the camp, a shed locked where workers sleep (restriction_of_movement);
an employer that says a worker absconded (intimidation_and_threats); papers found in the office
(retention_of_identity_documents); "A local union leader, <name>" is a named person. Near misses stay as they were.
Texts written for these tests; firms and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-02-10", "language": "en"}
LEAD = "Brick moulders near Multan say the kiln owner holds their families in debt bondage. "


def _indicators(sentence: str) -> set[str]:
    a = analyse(LEAD + sentence, META)
    found: set[str] = set()
    for c in a.claims:
        if c.start >= len(LEAD) - 1:
            found |= {h.indicator for h in c.indicators}
    return found


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("One weaver said the owner kept half his pay against the advance.", "debt_bondage"),
    ("The contractor had advanced each of the men Rs 15,000 before the season, the workers said.", "debt_bondage"),
    ("For two years everything I earned went to the interest, he said.", "debt_bondage"),
    ("Older weavers describe a subtler bondage built on loans, one activist said.", "debt_bondage"),
    ("One worker said the owner had shut a previous firm owing workers money.", "withholding_of_wages"),
    ("One man said the crew feared arrest, so they stayed indoors for weeks.", "restriction_of_movement"),
    ("If we go out of the hostel, the police can arrest us for overstaying, one worker said.", "restriction_of_movement"),
    ("His cousin says the foreman now padlocks the storeroom where the men sleep.", "restriction_of_movement"),
    ("His cousin said the sponsor later claimed he had absconded.", "intimidation_and_threats"),
    ("Police said the workers' identity cards and bank books were found in a cupboard in the factory office.",
     "retention_of_identity_documents"),
])
def test_cue_kinds(sentence: str, indicator: str) -> None:
    assert indicator in _indicators(sentence)


@pytest.mark.parametrize(("sentence", "absent"), [
    ("One worker said the owner had shut a previous firm owing workers money.", "debt_bondage"),
    ("The owner threatened to withhold their rations if they spoke to journalists, one worker said.",
     "withholding_of_wages"),
    ("The manager said he had escaped from a fire in the shed, one worker said.", "intimidation_and_threats"),
    ("The factory has advanced machinery from Germany, a manager said.", "debt_bondage"),
])
def test_near_misses(sentence: str, absent: str) -> None:
    assert absent not in _indicators(sentence)


def test_pay_and_rations_withheld_is_still_withholding() -> None:
    assert "withholding_of_wages" in _indicators("The owner withheld their wages and rations for two months, one worker said.")


def test_union_officer_named_is_a_person() -> None:
    assert classify("A local union leader, Imran Bashir") == "named_person"
    assert classify("A union chairman, Imran Bashir") == "named_person"
    assert classify("The union") == "organization"  # near miss: the union itself
