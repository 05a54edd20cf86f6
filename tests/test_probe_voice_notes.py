"""A recording the page sets down word for word speaks as the person who sent it: "The voice note was sent on
WhatsApp by their son, whom we call Daniel ... Transcribed from Twi by a cousin." and the quoted transcript. A
bracketed label line ("[Voice note, 2 min]") between the introduction and the transcript does not break the link; a
page that transcribes nothing keeps its own voice. Mini-texts written for this probe; fictional people."""

from __future__ import annotations

from probe_helpers import speaker

NOTE = ("Shared by a family in Kumasi with the Ashanti Courier. The voice note was sent on WhatsApp by their son, whom "
        "we call Daniel, from a building site near Jeddah. Transcribed from Twi by a cousin; lightly edited.\n\n"
        "[Voice note, 2 min 10 s]\n\n"
        "\"Mama, it's me. They took our passports when we landed. We work from six in the morning to ten at night. "
        "The pay they promised was 1,500 riyals but we get 600.\"\n\n"
        "The Courier could not verify the recording.")


def test_a_transcribed_voice_note_speaks_as_its_sender() -> None:
    wording, kind, _ = speaker(NOTE, "They took our passports")
    assert (wording, kind) == ("Daniel", "named_person")
    assert speaker(NOTE, "We work from six")[0] == "Daniel"


def test_without_a_transcription_the_page_keeps_its_voice() -> None:
    text = NOTE.replace(" Transcribed from Twi by a cousin; lightly edited.", "").replace(
        "The voice note was sent on WhatsApp by their son, whom we call Daniel, from a building site near Jeddah.",
        "Their son works on a building site near Jeddah.").replace("[Voice note, 2 min 10 s]\n\n", "").replace(
        '"Mama, it\'s me. ', "").replace('600."', "600.")
    assert speaker(text, "They took our passports")[0] != "Daniel"
