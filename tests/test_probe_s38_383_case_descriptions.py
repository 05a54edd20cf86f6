"""Probes (session 38, from heldout383's speaker and same-source misses): a body's casebook whose cases stand under their
number ("Case 2.") with the person described in the first sentence ("A woman from Osh was ...", "Two brothers from
Naryn worked ...") gives the "he", "she" or "they" who speaks in the case ("She said ...", "They told our lawyers
that ...") to that person, never to the person of an earlier case; and on the body's own page "the centre" speaking of
itself ("... the centre reckons") is the page's own voice. Near misses: a story that names another centre keeps "the
centre" apart, and a case's first sentence stays the page's account. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_CASEBOOK = """BRIGHT ROAD MIGRANT CENTRE (OSH)
Casebook: returning workers, first half of 2026
Published 3 July 2026

The centre gives free advice to workers back from Russia. In the first half of 2026 it opened 140 files, most about unpaid wages.

Case 1. A 34-year-old man from Uzgen spent six months at a sawmill near Perm, where the owner kept his passport. He told our lawyers he got nothing after the first month. By our count the sawmill owes him 250,000 roubles, the centre reckons.

Case 2. One woman from Nookat was hired for "work in a shop" in Samara and ended up cleaning a private house. She said the family locked away her passport and took her phone. She says nobody struck her.

Case 3. Two brothers from Naryn worked as loaders at a market in Omsk. They told our lawyers that guards kicked the younger one when he raised the unpaid wages.

Contact: Bright Road Migrant Centre, Osh
"""

_STORY = """Centre says sawmill kept passports
By Ana Ruiz, 3 July 2026

The Sunrise Legal Centre in Bishkek said on Monday that a sawmill near Perm kept the passports of 20 migrant workers
from Kyrgyzstan and paid them nothing for four months. By its count the sawmill owes 900,000 roubles, the centre reckons.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    analysis = analyse(text, {})
    names = {s.key: (s.wording, s.kind) for s in analysis.sources}
    return {c.text: names.get(c.source, (None, "outlet")) for c in analysis.claims}


def test_the_person_a_case_describes_speaks_in_it() -> None:
    speakers = _speakers(_CASEBOOK)
    assert speakers[next(k for k in speakers if "got nothing after" in k)] == (
        "A 34-year-old man from Uzgen", "anonymous_source")
    assert speakers[next(k for k in speakers if "took her phone" in k)] == ("One woman from Nookat", "anonymous_source")
    assert speakers[next(k for k in speakers if "guards kicked" in k)] == ("Two brothers from Naryn", "anonymous_source")


def test_the_case_first_sentence_stays_the_pages() -> None:
    speakers = _speakers(_CASEBOOK)
    first = speakers[next(k for k in speakers if "kept his passport" in k)]
    assert first[1] != "anonymous_source"


def test_the_body_speaking_of_itself_is_the_pages_voice() -> None:
    analysis = analyse(_CASEBOOK, {})
    estimate = next(c for c in analysis.claims if "the centre reckons" in c.text)
    wages = next(c for c in analysis.claims if "kept his passport" in c.text)
    assert estimate.source == wages.source


def test_a_story_keeps_another_centre_apart() -> None:
    analysis = analyse(_STORY, {})
    estimate = next(c for c in analysis.claims if "the centre reckons" in c.text)
    assert estimate.source != "OUTLET"
