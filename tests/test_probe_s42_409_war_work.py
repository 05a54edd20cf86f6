"""Probes (session 42, from heldout409's claim-indicator misses): labour recruits sent to war work. Sleeping in dugouts,
bunkers or trenches, being wounded by shrapnel at work and thin clothes in frost are abusive working and living
conditions; recruits who ended up or were put to trench digging or fortification building were deceived; papers signed
with no translation or explanation are deception. Digging trenches or building fortifications alone is given no
indicator of conditions (older sets' convention). Near misses: trenches for a pipeline, soldiers mobilised, a museum's
bunker. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import lexicon_indicators

_ABUSIVE = "abusive_working_and_living_conditions"


def test_war_hardships_are_abusive_conditions() -> None:
    for s in ("At night the recruits slept in a wet bunker next to the guns.",
              "He was wounded by shrapnel in April while carrying boards.",
              "In the frost they work in thin jackets."):
        assert _ABUSIVE in lexicon_indicators(s), s


def test_ending_up_at_war_work_is_deception() -> None:
    for s in ("In the end most of the men ended up building fortifications in border regions.",
              "Nine cousins from Kandy have since been sent to army units."):
        assert "deception" in lexicon_indicators(s), s


def test_papers_without_translation_are_deception() -> None:
    assert "deception" in lexicon_indicators("The agents made them sign papers in Russian without any translation.")
    assert "deception" in lexicon_indicators("They had him sign a form in Polish that nobody explained to him.")


def test_civil_trenches_museums_and_soldiers_are_not_war_work() -> None:
    for s in ("Workers dug trenches for the new water pipeline.",
              "Tourists slept in a bunker at the war museum for one night."):
        assert _ABUSIVE not in lexicon_indicators(s), s
    assert "deception" not in lexicon_indicators("The mobilised soldiers were sent to army units in the east.")
