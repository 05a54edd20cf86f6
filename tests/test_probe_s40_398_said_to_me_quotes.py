"""Probes (session 40, from heldout398's same-source misses): inside an interviewee's answer, someone the interviewee
met who "said to me" or "said to us" words given in quotation marks ('a cook from Lviv said to me, "They lock the
gate at nine."') speaks those words himself, as after "told me,". Near misses: the interviewee's own sentences around
it stay hers, and a "said to me that" report keeps its older reading. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_INTERVIEW = """WORK AND WAGES: A CONVERSATION

The Harbour Review
Interview by Lena Ortiz

Mara Quist studies migrant shipbuilding crews for the Fenwick Institute. She interviewed 40 migrant welders on shipyards in Gdansk. We spoke in Warsaw in March.

Harbour Review: What did you find?

Mara Quist: The yard gate closed at nine at night, and going out needed a manager's signature. But a cook from Lviv {verb} "They lock the gate at nine and keep our papers." None of them could speak Polish.

Harbour Review: And the pay?

Mara Quist: Most of them were paid late, and half the wage was kept back until they went home.
"""


def _speakers(verb: str) -> dict[str, str | None]:
    a = analyse(_INTERVIEW.format(verb=verb), {})
    src = {s.key: s for s in a.sources}
    return {c.text[:20]: (src[c.source].canonical or src[c.source].wording) if c.source in src else None for c in a.claims}


def test_words_quoted_after_said_to_me_are_the_speakers() -> None:
    for verb in ("said to me,", "said to us,"):
        found = _speakers(verb)
        assert found["But a cook from Lviv"] == "a cook from Lviv", (verb, found)
        assert found["Mara Quist: The yard"] == "Mara Quist"
