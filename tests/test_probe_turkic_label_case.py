"""Probes of a transcript's speaker label in capitals whose name is Turkish: the wording gives back the text's own
letters, and a capital I in such a name is the capital of the dotless ı ("KARAKIŞLA" -> "Karakışla")."""

from __future__ import annotations

from tests.probe_helpers import speakers_by_opening

from labourlens.analyse.quoted_names import own_letters

TRANSCRIPT = """Harbour Radio, evening programme, 12 March 2026. Transcript.

HOST: With me is Şükrü Karakışla of the porters' aid group Yük-Der. How many calls do you get?

ŞÜKRÜ KARAKIŞLA: Quite common. In our records for last year, most porters at the Mersin docks had their identity cards kept by the foreman, and many were paid only half of what was promised.

HOST: Thank you.
"""


def test_capital_label_keeps_the_dotless_i() -> None:
    assert own_letters("Sukru Karakisla", "ŞÜKRÜ KARAKIŞLA: Every week") == "Şükrü Karakışla"


def test_capital_label_of_other_names_unchanged() -> None:
    assert own_letters("Marta Zielinska", "MARTA ZIELIŃSKA: We were") == "Marta Zielińska"


def test_transcript_turn_speaks_as_the_name_printed() -> None:
    got = speakers_by_opening(TRANSCRIPT, 200)
    wording = next(w for k, (w, _) in got.items() if "identity cards" in k)
    assert wording is not None and "Karakışla" in wording
