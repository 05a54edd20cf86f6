"""Probes (session 41, from heldout405's speaker misses): in a reporter's labelled turn, "He said ..." after the turn has
named someone ("One sorter, whom I will name Tomas, ... He said ...") is that person's, not the host's of the turn
before. Near misses: a host's "He said ..." about the caller just heard, with no one named in the host's turn, stays the
caller's; a turn that names no one keeps what the other rules found. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from probe_helpers import speaker

_SHOW = """ROADSIDE: a podcast about work on the move
Episode 12. Host: Lena Varga. Reporter: Pavel Orlov.

LENA VARGA: Welcome back. Pavel has been at the fruit depots outside Rostov.

PAVEL ORLOV: I spent two weeks there. One sorter, whom I will name Tomas at his request, packs melons. He said the guards took the workers' passports when they arrived.

TOMAS (voiced by an actor): We sleep in a container. The boss keeps our passports in his office.

LENA VARGA: And the company?

PAVEL ORLOV: The company did not answer our questions.
"""

_CALL_IN = """HARBOUR FM, evening phone-in

HOST: Our next caller is on the line from the docks.

CALLER (Milan): The agency kept my passport for six months and I could not leave.

HOST: He said the agency kept his passport. That is a crime here.
"""


def test_a_pronoun_after_a_name_in_the_turn_is_that_person() -> None:
    assert speaker(_SHOW, "guards took the workers")[:2] == ("Tomas", "named_person")


def test_a_hosts_pronoun_without_a_name_in_the_turn_stays() -> None:
    assert speaker(_CALL_IN, "kept his passport")[0] == "Caller"
