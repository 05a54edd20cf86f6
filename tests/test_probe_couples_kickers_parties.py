"""Speakers in a tabloid's and a court digest's wordings: a couple speaks as one unnamed source ("A Chilean couple
from Temuco told us ..."); a prosecution's case to come ("Prosecutors will allege at trial that ...") is the
prosecution's; a tabloid's kicker before a colon ("REVEALED: ...") names no one; and the respondent of a case named
on a line of its own with a firm after "v" ("Okafor v Lakeside Dairy Farms Ltd") is that firm. Every text is written
for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.mentions import find_mention
from probe_helpers import claim_rows

META = {"published": "2026-07-12", "language": "en"}


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, w, k) for t, _, w, k in claim_rows(text, META)]


def test_a_couple_speaks() -> None:
    m = find_mention("A Chilean couple from Temuco told the Herald they paid a recruiter for jobs said to be free.")
    assert m is not None and m.wording == "A Chilean couple from Temuco", m


def test_will_allege_at_trial() -> None:
    m = find_mention("Prosecutors will allege at trial that the pickers were paid A$150 for a 65-hour week.")
    assert m is not None and m.wording == "Prosecutors" and m.cue == "allege", m


def test_kicker_names_no_one() -> None:
    assert find_mention("REVEALED: A foreman threatened to cancel the pickers' visas if they complained.") is None


def test_respondent_of_a_named_case_is_the_firm() -> None:
    text = ("Employment Digest\n\nHalloran v Tamar Valley Berries Ltd\n\n"
            "Siosaia Halloran picked berries near Launceston for eight months on a seasonal visa.\n\n"
            "It was his evidence that the supervisor locked his passport away in a desk and would not give it back.\n\n"
            "The Respondent denied that it had ever confiscated a picker's passport.\n")
    c = next(c for c in _claims(text) if "denied that it had ever" in c[0])
    assert c[1] == "The Respondent" and c[2] == "organization", c
