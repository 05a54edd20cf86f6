"""Probes (session 41, from heldout411's household workers): a worker kept in the house or the flat where she works, or
who calls herself a prisoner in it, tells of restriction of movement. Near misses: papers, cash or keys kept in the
house, and a prisoner in a jail, do not. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import indicators

RESTRICTION = "restriction_of_movement"


def test_kept_in_the_house_or_a_prisoner_in_it() -> None:
    for text in ("The cook was kept in the villa from March on.",
                 "The family kept the maid in the flat for months.",
                 "I was a prisoner in their flat for nine months.",
                 "She said she lived like a prisoner in the apartment."):
        assert RESTRICTION in indicators(text), text


def test_things_kept_in_the_house_and_jail_prisoners() -> None:
    for text in ("The cash was kept in the flat.", "The car keys are kept in the house.",
                 "He was a prisoner in the county jail for two years."):
        assert RESTRICTION not in indicators(text), text
