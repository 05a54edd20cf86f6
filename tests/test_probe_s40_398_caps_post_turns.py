"""Probes (session 40, from heldout398's speaker and same-source misses): a committee record that sets a state post in
capitals with its holder's untitled name in brackets ("ASSISTANT MINISTER (Goran Ilić): ...") gives the turn to that
holder, an ``official``, over all its sentences. Near misses: a member's turn keeps its relayed workers, and a body
named with its own words in the official's turn keeps them, as do the inspectors named inside it
(tests/test_study_diag193.py). Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_RECORD = """PARLIAMENT OF THE REPUBLIC OF NORTHLAND
Committee on Labour and Social Policy
Record of the 9th session (extract), 4 May 2026

Item 1: Foreign workers at the harbour crane project

CHAIR (Vera Lukić): We turn to item one. Mr Tomić, you have the floor.

MILAN TOMIĆ (member): Thank you. Workers at the crane yard told us that the foreman keeps their passports and that they work fourteen hours a day. Is that true?

CHAIR: Thank you. The Assistant Minister, please.

ASSISTANT MINISTER (Goran Ilić): Thank you. The inspectorate visited the yard twice in April. Inspectors did find that overtime was not recorded for 40 workers. Our ministry holds no record of late pay at the yard. The contractor's union told the ministry that the foreman keeps the passports of new arrivals.

TOMIĆ: That proves nothing.

CHAIR: The item stays open for the next sitting.
"""


def _speakers() -> dict[str, tuple[str | None, str]]:
    a = analyse(_RECORD, {})
    src = {s.key: s for s in a.sources}
    return {c.text[:30]: ((src[c.source].canonical or src[c.source].wording) if c.source in src else None,
                          src[c.source].kind if c.source in src else "outlet") for c in a.claims}


def test_the_post_holder_in_brackets_speaks_in_office_over_the_turn() -> None:
    found = _speakers()
    assert found["Our ministry holds no record o"] == ("Goran Ilić", "official")


def test_near_misses_keep_their_own_speakers() -> None:
    found = _speakers()
    assert found["Workers at the crane yard told"][0] != "Goran Ilić"
    assert found["The contractor's union told th"][0] != "Goran Ilić"
    assert found["Inspectors did find that overt"][0] == "Inspectors"
