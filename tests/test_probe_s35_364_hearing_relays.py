"""Verbatim hearing records and case notes (study s35 of a held-out set; every text here is written for this test,
with fictional people, bodies and places, and real countries):

- a turn labelled by a state post with no name ("The Cabinet Secretary:") is that post's, an ``official``;
- a member who reads a message from someone brought in with "a"/"an" ("a letter from a young woman in Kuwait City.
  She says ...") passes on that person's words: the "She" is that person, not a woman of an earlier turn; so with
  the chair's "Members took evidence in private from a returnee from Sharjah. She told Members ...";
- case notes that tell a worker's story in the present ("Her sponsor tells her ...") give the telling to the
  notes' own voice, as "told her" in the past tense already is.
"""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim

HEARING = """SENATE OF ARCADIA
STANDING COMMITTEE ON MIGRANT WELFARE

Verbatim record of the sitting of Tuesday, 3 March 2026

The Chairperson: Cabinet Secretary, please begin.

The Cabinet Secretary: Thank you, Chair. The missions sheltered 212 cleaners last year who were owed months of pay. The Ministry has found no agency that charged fees to cleaners this year.

Mrs. Agnes Wairimu Ndungu: My sister Joy went to Doha in 2024. She told me her boss took her passport and locked her in at night.

Hon. Miriam Chege: Chair, I have a letter from a young woman in Kuwait City. She says her sponsor took her passport on her first day. She says she works nineteen hours a day and cannot leave the house.

Mr. Daniel Mwangi: Chair, our agencies charge workers nothing at all.

The Chairperson: Members took evidence in private from a returnee from Sharjah. She told Members her sponsor locked her in a storeroom for three days without food.
"""


def test_bare_post_label_is_an_official() -> None:
    found = claim_sources(HEARING)
    kind, wording, _ = find_claim(found, "212 cleaners")
    assert (kind, wording) == ("official", "The Cabinet Secretary")
    assert find_claim(found, "found no agency")[1] == "The Cabinet Secretary"


def test_message_read_by_a_member_is_the_writer_s() -> None:
    found = claim_sources(HEARING)
    first = find_claim(found, "took her passport on her first day")
    second = find_claim(found, "nineteen hours a day")
    assert first[:2] == ("anonymous_source", "a young woman in Kuwait City")
    assert first[2] == second[2]


def test_person_heard_in_private_is_the_speaker() -> None:
    found = claim_sources(HEARING)
    kind, wording, key = find_claim(found, "locked her in a storeroom")
    assert (kind, wording) == ("anonymous_source", "a returnee from Sharjah")
    assert key != find_claim(found, "took her passport on her first day")[2]


def test_relative_told_in_own_turn_stays_the_turn_speaker() -> None:
    found = claim_sources(HEARING)  # near miss: no "a"/"an" person in the turn; the mother relays her sister
    assert find_claim(found, "took her passport and locked her in")[1] == "Mrs. Agnes Wairimu Ndungu"


NOTES = """MARITIME HOUSEHOLD WORKERS NETWORK
Case summaries, first half of 2026

Case 1
An Ethiopian woman, 29, working for a family in Sidon. Her passport is kept by the family in a locked cabinet. She has had no wages since the winter. Her manager tells her that she will be deported if she complains. She sleeps in the kitchen on a thin mattress.

Case 2
A Malagasy woman, 33, in Zahle. She told us that her madam warns her she will be sent home if she asks for a day off. Her employer told us he "pays on time every month".
"""


def test_present_tense_telling_is_the_notes_voice() -> None:
    found = claim_sources(NOTES)
    told = find_claim(found, "will be deported if she complains")
    kept = find_claim(found, "locked cabinet")
    assert told[2] == kept[2]


def test_employer_who_told_us_stays_a_speaker() -> None:
    found = claim_sources(NOTES)  # near miss: "told us" is a source the notes heard
    assert find_claim(found, "pays on time every month")[1] == "Her employer"
