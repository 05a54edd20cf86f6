"""Probe (s379): a podcast host opening with "From <the outlet>, this is <the show>" names the outlet; the "From"
that brings the name in is not part of it, and a masthead that truly begins with a capitalised word keeps it. Texts
written for this test; the outlets and people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}


def test_from_before_the_outlet_is_no_part_of_its_name() -> None:
    text = ("HARBOUR RADIO\nNight Shift Notes, Episode 3\n\n"
            "ANA RUIZ (HOST): From Harbour Radio, this is Night Shift Notes. I am Ana Ruiz. Pickers here told us "
            "their passports were kept by the foreman.\n")
    assert analyse(text, META).meta.outlet == "Harbour Radio"


def test_a_masthead_with_a_leading_word_keeps_it() -> None:
    text = ("THE COASTAL GAZETTE\n\nPickers told The Coastal Gazette that their passports were kept by the foreman.\n")
    assert analyse(text, META).meta.outlet == "The Coastal Gazette"
