"""A fact check that rates a claim false because the photo it rests on does not show workers at all (an old picture of
a parade passed off as workers under guard) describes no forced labour: no claims, no indicators. A fact check that
finds a claim unproven is read as any other report. Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.fact_checks import debunked_media
from labourlens.analyse.pipeline import analyse
from probe_helpers import META

FALSE_PHOTO = """FACT CHECK BY CHECKPOINT ASIA

No, this picture does not show Uzbek labourers forced to march to a Tomsk brickworks

Our rating: FALSE

By Ada Renner | 2 May 2026

The claim

A picture passed around on several messaging channels shows some 150 men in grey overalls walking in columns past a brick shed. Its captions say it shows "migrant slaves driven to the kiln at gunpoint in Tomsk".

What we found

The picture was first posted in 2019 by a Tomsk rowing club. It shows the start of a charity fun run organised by a building materials firm for its staff. The men in uniform at the side are race marshals.

Our rating

FALSE. The picture dates from 2019 and shows a charity run.
"""

UNPROVEN = FALSE_PHOTO.replace("Our rating: FALSE", "Our rating: UNPROVEN").replace(
    "FALSE. The picture", "UNPROVEN. The picture").replace("No, this picture does not show", "Does this picture show")


def test_false_rated_picture_is_debunked_media() -> None:
    assert debunked_media(FALSE_PHOTO)
    assert not debunked_media(UNPROVEN)


def test_false_rated_picture_has_nothing_to_find() -> None:
    a = analyse(FALSE_PHOTO, META)
    assert not a.claims and not a.indicators()


def test_thin_food_is_no_cue() -> None:
    from probe_helpers import lexicon_indicators

    assert lexicon_indicators("Try the dumpling shop by the station, the noodles at that stall are thinner than in Harbin.") == set()
    assert lexicon_indicators("The loggers were thin and pale when they came back from the camp.") == {
        "abusive_working_and_living_conditions"}
