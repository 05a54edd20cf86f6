"""Probes (session 41, from heldout407's question-time record): a question-time record prints the answering
minister's turns under the post with its portfolio and no article ("Minister for Labour, Skills and Migration:") and
later under the bare post ("Minister:"): every such turn is the minister's, one official. Near miss: a member's
turn keeps its own speaker. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

RECORD = """House of Representatives
Question Time, 12 May 2026
Question No. 41: Fees charged to workers sent abroad

Hon. Lina Moreau (Harbour-3): Honourable Speaker, I ask the Minister how many complaints about fees were received last year.

Minister for Labour, Skills and Migration: Honourable Speaker, the Overseas Work Board received 2,310 complaints about agencies charging workers above the legal ceiling. The licences of 14 agencies were suspended.

Hon. Lina Moreau: A family in my district says their son paid 4,000 dollars to an agency and still has no contract.

Minister: I ask the Member to send me the details. Our consulate in Doha currently shelters 52 workers who fled unpaid wages. It is false that the consulate turns workers away.

Speaker: We move to the next question."""


def test_every_turn_of_the_minister_is_the_ministers() -> None:
    got = speakers_by_opening(RECORD)
    first = got["Minister for Labour, Skills an"]
    assert first == ("Minister for Labour, Skills and Migration", "official")
    assert got["Our consulate in Doha currentl"] == first
    assert got["It is false that the consulate"] == first


def test_the_members_turn_stays_hers() -> None:
    got = speakers_by_opening(RECORD)
    assert got["Hon. Lina Moreau: A family in "][0] != "Minister for Labour, Skills and Migration"
