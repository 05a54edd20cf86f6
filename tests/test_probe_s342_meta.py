"""Probes (s342): a translator credited in an interview's note ("It has been translated from Spanish into English by X",
"This interview was translated into English by X"). Near miss: a document in the story that "has been translated by a
volunteer" credits no translator of the page. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_BODY = "\n\nSeven packers said the foreman locked their passports in a safe until the season ended.\n"


def test_a_translation_note_into_english_names_the_translator() -> None:
    text = ("Costa Norte - Interviews" + "\n\nThis conversation took place in Spanish. It has been translated from "
            "Spanish into English by Ines Barrera and cut for length." + _BODY)
    assert analyse(text, {}).meta.translator == "Ines Barrera"
    text = "Costa Norte" + "\n\nThis interview was translated into English by Ines Barrera." + _BODY
    assert analyse(text, {}).meta.translator == "Ines Barrera"


def test_a_translated_document_in_the_story_credits_no_translator() -> None:
    text = "Costa Norte" + _BODY + "The contract was in Thai, and it has been translated by a volunteer.\n"
    assert analyse(text, {}).meta.translator is None


def test_a_section_label_beside_the_outlets_name() -> None:
    assert analyse("COURT WATCH | Sierra Legal Reporter\nFiled: growers accused" + _BODY, {}).meta.outlet \
        == "Sierra Legal Reporter"
    assert analyse("Costa Norte Semanal - Entrevista\nA packer on her season" + _BODY, {}).meta.outlet \
        == "Costa Norte Semanal"
    # near miss: a headline with a dash names no outlet
    assert analyse("Crews Sent Home - Dock Strike Ends\nWorkers said" + _BODY, {}).meta.outlet is None


def test_a_bylines_staff_reporter_is_no_outlet() -> None:
    text = "Border towns\nStaff Reporter | Updated 3 hours ago" + _BODY
    assert analyse(text, {}).meta.outlet != "Staff Reporter"
