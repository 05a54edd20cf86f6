"""Probes (study-295b): in a summary of a judgment, a named party whose case it was speaks; a
commissioner for a cause under a country's possessive is the state's. Mini-texts are invented."""

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

_JUDGMENT = """FARM LAW DIGEST
Issue 3 | 10 March 2026

State v. Johan Pieter Botha
Regional Court, Upington, judgment of 2 March 2026

1. The accused, a farmer near Kakamas, was charged with holding two labourers in forced labour and with paying them nothing.

2. The prosecution argued that the accused had brought both labourers from Maseru with a promise of wages.

3. Ms Lerato Dlamini testified that she was never paid and was locked in a shed every night. "He told me I would go to jail if I ran," she told the court.

4. Johan Pieter Botha's case was that both labourers lived on the farm as family and were free to go at any time.
"""


def _claims() -> list[tuple[str, str | None, str, str]]:
    a = analyse(_JUDGMENT, {"published": "2026-03-10", "language": "en"})
    src = {s.key: s for s in a.sources}
    return [(c.text, src[c.source].wording, src[c.source].kind, c.source) for c in a.claims]


def _of(needle: str) -> tuple[str, str | None, str, str]:
    return next(c for c in _claims() if needle in c[0])


def test_named_party_case_is_the_party() -> None:
    c = _of("free to go at any time")
    assert "Botha" in (c[1] or "") and c[2] == "named_person"


def test_country_commissioner_for_a_cause_is_official() -> None:
    assert classify("Senegal's Commissioner for Labour Migration") == "official"
