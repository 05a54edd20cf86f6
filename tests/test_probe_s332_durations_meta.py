"""Probes (s332): lengths of time and a translated notice's credits. A threshold of minutes ("any pause longer than ten
minutes") is a length; "forty and a half a week" is no "half a week", and "on at least six days in July" is a count of
days, not a length. An English translation credited "by" a person names the translator, and "The Portuguese text
prevails" gives the original language. The writer's failed checks ("did not substantiate the story", "hasn't
confirmed", "not yet been able to document these") are unconfirmed notes, and a "PRESS NOTE" label or a job board's
"EMPLEO" heading is no outlet. Texts written for these tests; the people and bodies are fictional."""

from __future__ import annotations

from labourlens.analyse import hedges
from labourlens.analyse.pipeline import analyse


def _durations(text: str) -> list[str]:
    a = analyse(text, {"published": "2026-01-01", "language": "en"})
    return [t.text for t in a.times if t.kind == "duration"]


def test_a_threshold_of_minutes_is_a_length() -> None:
    found = _durations("The packers lose two euros for any pause longer than ten minutes, said the delegate.")
    assert "ten minutes" in found


def test_half_of_a_number_and_a_count_of_days_are_no_lengths() -> None:
    assert "half a week" not in _durations("Time beyond forty and a half a week is overtime under the rules.")
    found = _durations("The thermometer passed 42 degrees on at least six days in July near the packing shed.")
    assert not any("six days" in d for d in found)


def test_an_english_translation_by_a_person_and_the_prevailing_text() -> None:
    text = ("REGIONAL LABOUR DIRECTORATE\n\nNOTICE\nFaro, 3 March 2026\n\nSeasonal checks in the Algarve end\n\n"
            "English translation by Rita Lobo for foreign correspondents. The Portuguese text prevails.\n\n"
            "The Directorate said it visited 40 orchards in February and found 12 workers without contracts.\n")
    m = analyse(text, {"language": "en"}).meta
    assert m.translator == "Rita Lobo"
    assert m.original_language == "pt"


def test_failed_checks_are_unconfirmed_notes() -> None:
    assert hedges.is_unconfirmed("The review did not substantiate this allegation, the retailer said.")
    assert hedges.is_unconfirmed("The hospital in Huelva hasn't confirmed the second case to us.")
    assert hedges.is_unconfirmed("Two nurses spoke of a beating; the union has not yet been able to document these cases.")


def test_near_miss_a_confirmed_finding_is_no_unconfirmed_note() -> None:
    assert not hedges.is_unconfirmed("The inspectors confirmed that 12 workers had no contracts.")


def test_a_press_note_label_and_a_job_board_heading_are_no_outlets() -> None:
    note = ("DIRECTORATE OF RURAL LABOUR\n\nPRESS NOTE\nValencia, 9 April 2026\n\nOrange harvest checks completed\n\n"
            "The Directorate said its staff visited 31 citrus farms near Sagunto and fined two of them.\n")
    assert analyse(note, {"language": "en"}).meta.outlet != "Press Note"
    advert = ("EMPLEO | JOBS | EMPLOI\n\nCitricos Turia S.L. - Alzira (Valencia)\n\nWarehouse sorters wanted\n\n"
              "We are hiring 25 sorters for the citrus season from November, on eight-hour shifts.\n")
    assert analyse(advert, {"language": "en"}).meta.outlet != "Empleo"
