"""Probes (session 39, from heldout394's claim false positives): a reporter's or a host's note on the terms on which
a source speaks (only a given name or initials to be printed, no name wished for, a translator) is no claim. Near
misses: a sentence that goes on to tell what was done keeps its claim, and so does the source's own account. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.naming_terms import naming_term
from labourlens.analyse.pipeline import analyse

_SHOW = """THE NIGHT SHIFT - Episode 12
Transcript.

ANA RUIZ (host): Welcome back. My colleague Tom Bell has been reporting on the berry farms.

TOM BELL (reporter): Thanks, Ana. I met a picker from Bishkek last spring. She is now back home, and she asked the show to print only her given name, Aigul. She talks via a translator. She did not wish to be identified in full.

AIGUL (voiced by interpreter): The farm manager kept my passport for the whole season. We worked fourteen hours a day.

TOM BELL: I also called a broker in Riga who places pickers with the farm. He does not wish to be identified.

ANA RUIZ: Thank you, Tom.
"""


def test_notes_on_naming_and_interpreting_are_no_claims() -> None:
    texts = [c.text for c in analyse(_SHOW, {"outlet": "The Night Shift"}).claims]
    assert not any("given name" in t or "a translator" in t or "to be identified" in t for t in texts)
    assert any("kept my passport" in t for t in texts)


def test_the_shapes() -> None:
    assert naming_term("She asked to be known only by her initials.")
    assert naming_term("He lives in Lyon now, and he asked me to print only his given name, Remi.")
    assert naming_term("He doesn't wish to be identified.")
    assert naming_term("She spoke to us through an interpreter.")


def test_near_misses_keep_their_claims() -> None:
    assert not naming_term("He did not wish to be identified because the foreman had threatened his family.")
    assert not naming_term("She asked me to print only her given name, since the agency still holds her passport.")
    assert not naming_term("The recruiter asked him to give his passport to the driver.")
