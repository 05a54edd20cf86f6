"""Probes (session 40, from heldout399's speaker and same-source misses): a committee record that names a person in full
in the first capitalised label of their turns ("DEPUTY MINISTER OF LABOUR JAN VOSS:") and shortens it later to the
rank and the surname ("DEPUTY MINISTER VOSS:") gives the later turns to the same person. Near misses: a short label whose
words are in no earlier full label ("DEPUTY MINISTER HALE:") is not that person, and a record of fewer than three
capitalised labels is left alone. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_RECORD = """PARLIAMENT OF ESTMARK
Committee on Labour and Employment
Minutes, sitting of 4 March 2026 (part)

CHAIR (Member Ana Kroll): We turn to migrant fishers.

MEMBER TOMAS REI: Deputy Minister, how many fishers are now on the fleet?

DEPUTY MINISTER OF LABOUR JAN VOSS: Our estimate is that about 4,000 migrant fishers work on the fleet.

MEMBER REI: And how are they recruited?

DEPUTY MINISTER VOSS: Many receive their wages months late, and their passports are often kept by the captains.

MEMBER REI: Thank you.

DEPUTY MINISTER HALE: Inspectors found that crews on two boats worked 20 hours a day without a rest day.
"""


def _sources(text: str) -> dict[str, tuple[str | None, str | None]]:
    analysis = analyse(text, {})
    names = {s.key: (s.key, s.wording) for s in analysis.sources}
    return {c.text: names.get(c.source, (None, None)) for c in analysis.claims}


def test_a_shortened_label_is_the_person_of_the_full_one() -> None:
    sources = _sources(_RECORD)
    estimate = sources[next(k for k in sources if "4,000" in k)]
    late = sources[next(k for k in sources if "months late" in k)]
    assert late[0] == estimate[0]
    assert late[1] == "Deputy Minister of Labour Jan Voss"


def test_a_short_label_of_someone_else_stays_apart() -> None:
    sources = _sources(_RECORD)
    estimate = sources[next(k for k in sources if "4,000" in k)]
    inspectors = [v for k, v in sources.items() if "20 hours" in k]
    assert inspectors and all(v[0] != estimate[0] for v in inspectors)
