"""Probes (study324): whose voice a feature's story is in. A person introduced by one name with a note that the name
was changed ("Gulnora, whose real name is withheld at her request, is 29.") is whom a later "she told" goes back to;
a clause of time in which someone else told her about something ("... after a cousin told her about a bakery") is how
the story went, not the cousin's claim. Near miss: a cousin who tells about the night shifts in a main clause still
speaks. Texts written for these tests; the outlet, the bakery and the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-06-01", "language": "en"}
FEATURE = """KHATLON TODAY
Society | Migration

"The door was locked from the outside every night"

By Sitora Rahimova, 1 June 2026

Gulnora, whose real name is withheld at her request, is 29. Last spring she left her son with her sister in Bokhtar and went to Yekaterinburg after a cousin told her about a bakery that needed night staff.

"They promised 60,000 rubles and a bed," she told Khatlon Today by phone. "The owner locked the door at night and kept my passport in his desk."

She says the owner paid her twice in eight months and that she slept on flour sacks in the store room.
"""


def _claim(text: str, needle: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    claim = next(c for c in a.claims if needle in c.text)
    return a, claim


def test_she_goes_back_to_the_woman_whose_name_is_withheld() -> None:
    a, claim = _claim(FEATURE, "kept my passport")
    src = a.source(claim.source)
    assert src is not None and src.kind == "named_person" and "Gulnora" in (src.wording or "")


def test_a_cousin_who_told_her_about_a_job_is_no_speaker() -> None:
    a = analyse(FEATURE, META)
    assert not any("cousin" in (s.wording or "") for s in a.sources)


def test_near_miss_a_cousin_telling_in_a_main_clause_still_speaks() -> None:
    text = FEATURE.replace(
        "She says the owner paid her twice in eight months and that she slept on flour sacks in the store room.",
        "A cousin who worked at the same bakery told Khatlon Today that the night shifts ran to fourteen hours.")
    a, claim = _claim(text, "night shifts ran to fourteen hours")
    src = a.source(claim.source)
    assert src is not None and "cousin" in (src.wording or "").lower()
