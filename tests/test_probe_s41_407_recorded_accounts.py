"""Probes (session 41, from heldout407's voice message): a worker's recorded message printed as a transcript under a
note that gives him a name for the page ("He is called Tomas here; the name is a pseudonym.", "She is named Aigul
(a pseudonym).") is his account, and so is every paragraph that opens on the recording's time mark ("[01:15] ..."), with a
first person in it or not. Near misses: "He is called X" in a story with no note of a changed name gives no teller;
the publisher's closing note, with no time mark, stays its own. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

NOTE = ("Message 2 of 4: transcript\n\nRecorded on 4 May 2026 by a Bolivian cook at a mine camp in Antofagasta, "
        "for his brother in Cochabamba, who passed it to the Andes Migrant Desk. {naming} The numbers in brackets are "
        "minutes and seconds.\n\n")
BODY = """[00:00] Brother, it is me. I am recording this in the toilet because they check our phones.

[00:14] The firm has paid us nothing since February. The broker in La Paz promised 700 dollars, but we get 400.

[00:40] The passports, the camp boss took them on the first day and locked them in his office.

[01:05] The kitchen shift runs from four in the morning to ten at night. Nine men sleep in one container.

[01:30] I will send another message tomorrow.

Note from the Andes Migrant Desk: we could not verify this account."""


def test_a_changed_name_note_gives_the_recording_to_its_teller() -> None:
    got = speakers_by_opening(NOTE.format(naming="He is called Tomas here; the name is a pseudonym.") + BODY)
    assert got["[00:14] The firm has paid us n"] == ("Tomas", "named_person")
    assert got["[00:40] The passports, the cam"] == ("Tomas", "named_person")
    assert got["[01:05] The kitchen shift runs"] == ("Tomas", "named_person")


def test_other_wordings_of_the_note() -> None:
    got = speakers_by_opening(NOTE.format(naming="He is named Ruben here (a pseudonym).") + BODY)
    assert got["[00:40] The passports, the cam"] == ("Ruben", "named_person")
    got = speakers_by_opening(NOTE.format(naming="He is called Ruben (a pseudonym).") + BODY)
    assert got["[00:14] The firm has paid us n"] == ("Ruben", "named_person")


def test_no_changed_name_no_teller() -> None:
    got = speakers_by_opening(NOTE.format(naming="He is called by his mates every evening.") + BODY)
    assert got["[00:14] The firm has paid us n"][0] != "Tomas"


def test_the_publishers_closing_note_stays_its_own() -> None:
    got = speakers_by_opening(NOTE.format(naming="He is called Tomas here; the name is a pseudonym.") + BODY)
    assert got["Note from the Andes Migrant De"] == (None, "outlet")
