"""A ministry's notice of a wage order sets rules and tells of no event: it stays quiet, though it names workers,
prescribes what "may not be deducted" and gives them a room "with a lock on the inside" (probe study-295). A room
that locks from inside is the worker's own privacy, not a worker locked in. Every text is written for this test;
the notice, its figures and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}

NOTICE = """MINISTRY OF LABOUR AND SOCIAL SECURITY

NOTICE TO EMPLOYERS OF SHOP ASSISTANTS

Lusaka, 2 March 2026

1. The Minimum Wages (Shop Assistants) Regulations take effect on 1 June 2026.

2. From that day a shop assistant working full time in Lusaka or Ndola shall receive at least K 3,100 each month.

3. A shop assistant housed by the employer shall also have a private room whose door can be bolted from the inside. The cost of that room may not be taken out of the monthly wage.

4. The working week shall not be longer than 45 hours, and each shop assistant is entitled to two rest days a week.

5. Labour inspectors will visit shops in the Copperbelt in July to explain the regulations.
"""


def test_wage_order_notice_is_quiet() -> None:
    a = analyse(NOTICE, META)
    assert a.claims == []


def test_door_locking_from_inside_is_no_confinement() -> None:
    for text in ("Each cleaner is given a bedroom she can bolt from the inside.",
                 "The hostel gives every worker a room whose door bolts from within."):
        assert "restriction_of_movement" not in {h.indicator for h in indicators.match(text).hits}


def test_door_locked_from_outside_still_confines() -> None:
    m = indicators.match("The door of the cleaners' room was locked from the outside every night.")
    assert "restriction_of_movement" in {h.indicator for h in m.hits}


def test_account_of_abuse_under_a_new_rule_still_speaks() -> None:
    text = NOTICE + ("\n6. Inspectors found last year that a shop in Kitwe had kept the passports of four assistants "
                     "and beaten one of them.\n")
    a = analyse(text, META)
    assert a.claims
