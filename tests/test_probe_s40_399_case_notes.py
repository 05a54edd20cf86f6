"""Probes (session 40, from heldout399's speaker and same-source misses): a casebook whose cases stand under their number
with a bracketed note of the trade, place and years ("Case 2 (fishing, Busan, 2021-2023).") and describe their person by
a trade and an age in the first sentence ("A net mender aged 51 worked ...", "A cook aged 27 was hired ...") gives the
"he" or "she" who speaks in the case to that person, never to the person of an earlier case. Near misses: a case's first
sentence stays the page's account, and a story's "Case" word that is no heading keeps its speakers. Texts written for
these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_CASEBOOK = """EASTERN SEAS CREW SUPPORT
Casebook 2026/2: crews on long-line boats
Published 2 June 2026

We interviewed nine former crew members in 2025. Names have been withheld.

Case 1 (fishing, Busan, 2021-2023). A net mender aged 51 worked on three boats out of Busan. He told us his shifts lasted 20 hours in the season. He said the captain kept his seaman's book in the wheelhouse.

Case 2 (processing, Kaohsiung, 2024). A cook aged 27 was hired through an agency in Manila. She said the agency took her passport on arrival. She told us she paid a fee of $900 and was still repaying it.

Contact: cases@eastern-seas.example
"""

_STORY = """Fishing crews win back pay
By Ana Ruiz, 2 June 2026

Case 3 (closed) was settled in May. A cook aged 27 was hired through an agency in Manila.

A union lawyer, Marta Quispe, said the agency kept the crew's passports and paid them nothing for four months.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    analysis = analyse(text, {})
    names = {s.key: (s.wording, s.kind) for s in analysis.sources}
    return {c.text: names.get(c.source, (None, "outlet")) for c in analysis.claims}


def test_the_person_an_aged_case_describes_speaks_in_it() -> None:
    speakers = _speakers(_CASEBOOK)
    hours = speakers[next(k for k in speakers if "20 hours" in k)]
    assert hours[1] == "anonymous_source" and (hours[0] or "").startswith("A net mender")
    book = speakers[next(k for k in speakers if "seaman's book" in k)]
    assert book == hours
    passport = speakers[next(k for k in speakers if "took her passport" in k)]
    assert passport[1] == "anonymous_source" and (passport[0] or "").startswith("A cook")


def test_the_cases_are_told_apart() -> None:
    analysis = analyse(_CASEBOOK, {})
    hours = next(c for c in analysis.claims if "20 hours" in c.text)
    passport = next(c for c in analysis.claims if "took her passport" in c.text)
    assert hours.source != passport.source


def test_a_story_keeps_its_named_speaker() -> None:
    speakers = _speakers(_STORY)
    lawyer = speakers[next(k for k in speakers if "crew's passports" in k)]
    assert lawyer[0] is not None and "Marta Quispe" in lawyer[0]
