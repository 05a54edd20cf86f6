"""Probes (session 38, from heldout383's speaker misses): a hearing's record whose labels stand in capitals ("CHAIR: ...",
"DEPUTY MINISTER OF FINANCE (Mr Ilyas Karimov): ...") reads its capitalised labels even when the chair's bare "CHAIR:"
would read as a surname, so the minister named in brackets speaks in office (``official``); a label whose post is in
capitals and whose person's name follows in small letters ("DEPUTY Aibek Osmonov: ...") gives the turn to that person.
A near miss: a record in mixed case ("Hon. Ana Lund: ...", "Mr Tom Bell (Ministry of Labour): ...") keeps its
turns. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_CAPS = """Committee on Labour and Migration - record of hearing (extract)
Astana, 4 March 2026

CHAIR (Deputy Dana Serikova): We open the sitting. Minister, please begin.

DEPUTY MINISTER OF FINANCE (Mr Ilyas Karimov): Since January our office has logged 800 complaints from citizens working abroad. Some 300 were about unpaid wages, and in 50 an employer held the worker's passport.

CHAIR: Deputy Osmonov.

DEPUTY Aibek Osmonov: Colleagues, one case from my district. A young man paid a recruiter 70,000 tenge to be placed at a fish plant near Omsk. There the plant manager confiscated his passport and for three months he received nothing.

CHAIR: Does the ministry know this case?

DEPUTY MINISTER (Mr Karimov): We have not seen this case. Our inspections turned up no forced labour through licensed agencies.

CHAIR: Thank you. We close the sitting.
"""

_MIXED = """Committee on Labour - record of hearing
4 March 2026

Chair (Hon. Ana Lund): We open the sitting.

Mr Tom Bell (Ministry of Labour): Since January our office has logged 800 complaints, some 300 about unpaid wages.

Hon. Ana Lund: Were passports kept?

Mr Tom Bell (Ministry of Labour): Yes. In 50 cases the employer kept the workers' passports.
"""


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    analysis = analyse(text, {})
    names = {s.key: (s.wording, s.kind) for s in analysis.sources}
    return {c.text: names.get(c.source, (None, "outlet")) for c in analysis.claims}


def test_a_minister_named_in_brackets_under_a_caps_label_is_official() -> None:
    speakers = _speakers(_CAPS)
    wages = speakers[next(k for k in speakers if "unpaid wages" in k)]
    assert wages[1] == "official"
    denial = speakers[next(k for k in speakers if "no forced labour" in k)]
    assert denial[1] == "official"


def test_a_caps_post_then_a_name_gives_the_turn_to_the_person() -> None:
    speakers = _speakers(_CAPS)
    passport = speakers[next(k for k in speakers if "confiscated his passport" in k)]
    assert passport == ("Aibek Osmonov", "named_person")


def test_a_mixed_case_record_keeps_its_turns() -> None:
    speakers = _speakers(_MIXED)
    kept = speakers[next(k for k in speakers if "kept the workers' passports" in k)]
    assert kept[1] == "official"
