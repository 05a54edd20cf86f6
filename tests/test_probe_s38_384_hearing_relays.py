"""Probes (session 38, from heldout384's study): in a legislature's record a member passes on a written message from
someone outside the room ("Her daughter packs fish abroad. She wrote that ..."): the "she" is not the presiding
member or another voice of the record, and the member whose turn it is stands on record for it. An undersecretary's
label in capitals with the ministry in brackets opens a turn of an ``official``; the rank alone is an officer of the
state. Near miss: a "he said" about a person the turn itself quoted keeps that person. Every text is written for this
test; people, vessels and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.speakers import classify
from probe_helpers import speaker

RECORD = """Minutes of evidence
Standing committee on overseas employment, inquiry into cannery recruitment, 9 June 2026

THE CHAIR (Sen. Ofelia Guinto): We resume. Senator Dacanay, please proceed.

SEN. RAMIL DACANAY: I thank the Chair. A widow in Iloilo brought me a stack of letters. Her daughter packs sardines at a plant overseas. She wrote that no wages had reached home since January and that the foreman locked the hostel gate each night.

THE CHAIR: We turn to the ministry.

UNDERSECRETARY LIZA MORALES (ministry of overseas employment): I thank the Chair. Our desk logged 52 grievances in the first half of the year, most about pay. In fourteen of them the workers reportedly lost their identity papers to the plant.

SEN. DACANAY: Fourteen.

USEC. MORALES: Four recruiters are now under review.
"""


def test_a_passed_on_message_is_the_member_s() -> None:
    wording, _, _ = speaker(RECORD, "no wages had reached home")
    assert wording is not None and "Dacanay" in wording


def test_the_undersecretary_s_turn_is_an_official_s() -> None:
    wording, kind, _ = speaker(RECORD, "52 grievances")
    assert wording is not None and "Morales" in wording and kind == "official"
    wording, _, _ = speaker(RECORD, "lost their identity papers")
    assert wording is not None and "Morales" in wording


def test_the_rank_alone_is_an_officer_of_the_state() -> None:
    assert classify("the Undersecretary") == "official"
    assert classify("Under-Secretary Ana Cruz") == "official"


QUOTED = """Minutes of evidence
Standing committee on overseas employment, inquiry into cannery recruitment, 9 June 2026

THE CHAIR (Sen. Ofelia Guinto): We resume.

SEN. RAMIL DACANAY: I thank the Chair. I met a packer, Jun Villareal, who said his contract was swapped at the airport. He said the night shift ran to fourteen hours without a break.

THE CHAIR: We turn to the ministry.

UNDERSECRETARY LIZA MORALES (ministry of overseas employment): Our desk logged 52 grievances this year.
"""


def test_a_person_the_turn_quoted_keeps_his_words() -> None:
    wording, _, _ = speaker(QUOTED, "fourteen hours without a break")
    assert wording is not None and "Villareal" in wording
