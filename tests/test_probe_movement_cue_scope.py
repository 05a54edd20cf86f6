"""Probes: two movement cues read too widely. "beyond the" is a place to go ("could not walk beyond the fence"), not a
price ("never charged a worker beyond the official rate"); "blocked" is what a guard does to a gate, not the noun of a
building ("the entrance of the hostel block"). The true readings of both rules are kept. Sentences written for these
tests; firms and people are fictional."""

from __future__ import annotations

from probe_helpers import indicators

MOVE = "restriction_of_movement"


def test_a_fee_beyond_a_rate_is_no_place_the_workers_cannot_pass() -> None:
    assert MOVE not in indicators('The Kandy agency Bluepeak Manpower said it had "never charged a worker beyond '
                                  'the official rate" and that the transfer to a second sponsor was his own wish.')


def test_walking_beyond_the_fence_is_still_a_restriction() -> None:
    assert MOVE in indicators("The cleaners said they were never allowed to walk beyond the fence of the labour "
                              "camp in Mussafah.")


def test_a_hostel_block_is_no_blocked_gate() -> None:
    assert MOVE not in indicators('Look, the door is open," the manager of Tern Valley Foods said, pointing to the '
                                  "entrance of the hostel block.")


def test_a_blocked_gate_is_still_a_restriction() -> None:
    assert MOVE in indicators("At night the gate of the compound was blocked by two guards with dogs, the welders "
                              "said.")


def test_police_detaining_an_employer_is_no_confinement_of_workers() -> None:
    assert MOVE not in indicators("Police in Fujian's Lianjiang county detained the owner of a shrimp farm on Monday "
                                  "over the hiring of 23 Myanmar workers without permits.")
    assert MOVE not in indicators("Officers in Johor detained two recruiters on Friday after nine Nepali guards "
                                  "complained about their contracts.")


def test_workers_detained_by_their_employer_are_still_confined() -> None:
    assert MOVE in indicators("The workers said they were detained in a storeroom for two days after asking for "
                              "their wages.")
