"""Bare "investigators" in the report of a criminal case are the state's (police, an investigative committee);
elsewhere, and with an owner ("investigators from a rights group"), they stay as the other rules read them. Every
text is written for this test; people and groups are fictional (state bodies are real)."""

from __future__ import annotations

from attribution_helpers import who

CASE = ("The prosecutor's office of the Kirovsky district has sent a criminal case against a 52-year-old farmer to "
        "court.\n\nAccording to investigators, the farmer kept eight Uzbek labourers in a locked barn. Investigators "
        "believe the men were recruited in Samarkand.\n")
NGO = ("A rights group has published a report on greenhouse workers near Astana.\n\n"
       "According to investigators, the men were locked in a barn at night.\n")


def test_investigators_of_a_criminal_case_are_the_state() -> None:
    for fragment in ("locked barn", "recruited in Samarkand"):
        src = who(CASE, fragment, "Don Courier")
        assert src is not None and src.kind == "official" and src.wording is not None, fragment


def test_investigators_without_a_criminal_case_stay_unnamed_people() -> None:
    src = who(NGO, "locked in a barn", "Steppe Wire")
    assert src is not None and src.kind == "anonymous_source"
