"""Probes (session 36, from heldout376's study): in a hearing's record, a witness labelled by full name and post
("Nuria Sadykova, director, Bishkek Rights Centre:") opens a turn that runs to the next label, and so does a member
labelled "Deputy" and a name; a later label by surname alone ("Sadykova:") is the same witness. A label-shaped line
of no one named before ("Note:") opens no turn. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in

_HEARING = """Committee on Labour and Migration
Hearing on workers abroad, 3 March 2026

Chair (Deputy Aibek Osmonov): We open the hearing.

Deputy Minister Ruslan Temirov: Thank you. Our consulates received 900 complaints this year. The ministry knows of no case of forced labour.

Deputy Nazgul Abdieva: Minister, our office hears of passports taken on building sites every week. What will you do?

Nuria Sadykova, director, Bishkek Rights Centre: Thank you. A young man from Kemin told us he was locked in a dormitory at night. These men are afraid to complain because the recruiters know their families.

Deputy Abdieva: Do recruiters take money?

Sadykova: Yes. Parents hand 30,000 som to the middleman who finds the job. After that the son works off the loan first and sends money home later.

Chair: The hearing is closed.
"""


def test_a_witness_labelled_by_name_and_post_holds_the_turn() -> None:
    got = claim_speakers(_HEARING)
    assert speaker_in(got, "afraid to complain") == ("Nuria Sadykova", "named_person")


def test_a_later_label_by_surname_is_the_same_witness() -> None:
    got = claim_speakers(_HEARING)
    assert speaker_in(got, "Parents hand 30,000 som")[0] == "Nuria Sadykova"
    assert speaker_in(got, "works off the loan")[0] == "Nuria Sadykova"


def test_a_sentence_that_merely_names_a_person_and_post_opens_no_turn() -> None:
    text = ("BISHKEK, March 3 (Steppe Notes) - Kyrgyz builders in Russia say their passports are taken.\n\n"
            "Nuria Sadykova, director of a rights centre, put it this way: the foremen keep the passports of whole "
            "brigades and lock the dormitories at night.\n")
    got = claim_speakers(text)
    assert (speaker_in(got, "lock the dormitories")[0] or "").startswith("Nuria Sadykova, director of")
