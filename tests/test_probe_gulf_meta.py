"""Metadata of Gulf and South Asian pages: a paper's masthead over its publisher's line, an excerpt's masthead after
"[Excerpt]", a radio station named with its frequency, a masthead ending in "Desk", an embassy advisory's letterhead,
a translation from an Indian language; and a statement quoted as a bulleted list under "The statement reads, in
part:" is the statement's. Every text is written for this test; outlets, people and firms are fictional (places are
real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, speaker

BODY = ("Eleven Nepali workers who returned from a camp near Riyadh said their passports were taken on arrival and "
        "their wages were withheld for five months.\n")


def _meta(text: str) -> tuple[str | None, str | None, str | None]:
    m = analyse(text, META).meta
    return m.outlet, m.translator, m.original_language


def test_masthead_over_its_publishers_line() -> None:
    text = "Pokhara Labour Bulletin\nPublished by the Gandaki Migrant Workers' Federation\n\nReturnees speak out\n\n" + BODY
    assert _meta(text)[0] == "Pokhara Labour Bulletin"
    report = "Stolen Wages in the Gulf\nPublished by the Gandaki Migrant Workers' Federation\n\n" + BODY
    assert _meta(report)[0] != "Stolen Wages in the Gulf"


def test_excerpt_masthead() -> None:
    text = "[Excerpt] Lanka Evening Ledger, Galle — Saturday edition, page 9\n\n...and the workers said " + BODY
    assert _meta(text)[0] == "Lanka Evening Ledger"


def test_radio_station_with_its_frequency() -> None:
    text = "Godavari Waves FM 93.5 — \"Abroad Hour\" phone-in\n\nHOST: Good evening.\n\n" + BODY
    assert _meta(text)[0] == "Godavari Waves FM"


def test_masthead_ending_in_desk() -> None:
    text = "Arabian Sea Labour Desk\n\nReturnees describe a camp near Riyadh\n\n" + BODY
    assert _meta(text)[0] == "Arabian Sea Labour Desk"


def test_embassy_advisory_letterhead() -> None:
    text = ("EMBASSY OF THE REPUBLIC OF KENYA\nRIYADH, KINGDOM OF SAUDI ARABIA\n\nADVISORY No. 3/2026\n"
            "To: Kenyan domestic workers\n\n1. The Embassy has received 40 complaints of wages withheld for three "
            "months or longer.\n")
    assert (_meta(text)[0] or "").lower() == "embassy of the republic of kenya"


def test_translation_from_telugu() -> None:
    text = ("Radio transcript, episode of 4 May (translated from Telugu by R. Lakshmi Devi)\n\n" + BODY)
    assert _meta(text)[1:] == ("R. Lakshmi Devi", "te")


def test_statement_read_as_a_list_is_the_statements() -> None:
    text = ("Gandaki Labour Bulletin\n\nUnion demands inquiry\n\n"
            "The Gandaki Migrant Workers' Federation on Friday released a statement on 12 workers who returned from "
            "a farm near Al Kharj. The statement reads, in part:\n\n"
            "• The workers were made to work 15 hours a day without a rest day.\n"
            "• Their passports were kept by the farm owner.\n\n"
            "The Department of Labour said it had not received a complaint.\n")
    who = speaker(text, "passports were kept")
    assert who[1] == "document" and who[0] is not None and "statement" in who[0], who
    assert speaker(text, "15 hours a day")[2] == who[2]


def test_embassy_press_release_is_not_read_as_a_notice() -> None:
    text = ("PRESS RELEASE\nEmbassy of the Republic of Kenya in the Kingdom of Saudi Arabia\n\n1. The Embassy rejects "
            "reports that Kenyan workers in Riyadh had their passports taken and their wages withheld.\n")
    assert (_meta(text)[0] or "").lower() != "embassy of the republic of kenya in the kingdom of saudi arabia"


def test_dateline_acronym_of_the_page_titles_outlet() -> None:
    m = analyse("DOHA, Qatar (GNW) — " + BODY, {**META, "page_title": "Returnees speak out | Gulf News Wire"}).meta
    assert m.outlet == "Gulf News Wire", m
