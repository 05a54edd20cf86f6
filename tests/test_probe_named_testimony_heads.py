"""A testimony heading whose description opens with the person's (pseudo)name and age ('Testimony 2 - "Mya Thu",
24, from Bago'; "Case 3: Karim, 40, from Khulna") labels that person by name, not by the heading's number; a
description with no age after the name, or a topic, keeps the label. Mini-documents in our own wording."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse.testimony_blocks import heading_label


@pytest.mark.parametrize(("line", "label"), [
    ('Testimony 2 - "Mya Thu", 24, from Bago Region, Myanmar', "Mya Thu"),
    ("Testimony 5 - \u201cSoe Win\u201d, 33, from Yangon", "Soe Win"),
    ("Testimony 3 - Karim, 40, from Khulna", "Karim"),
    ("Testimony 4 (male, logger, 2016-2019)", "Testimony 4"),
    ("Testimony 6 - a seamstress from Dhaka", "Testimony 6"),
])
def test_named_and_aged_description_gives_the_person(line: str, label: str) -> None:
    got = heading_label(line)
    assert got is not None and got[0] == label, got


def test_named_description_without_age_is_not_a_person() -> None:
    got = heading_label("Testimony 7 - Bago, 2025")
    assert got is None or got[0] != "Bago", got


def test_testimony_under_named_heading_is_the_person() -> None:
    text = ("Fair Hands Network\nTestimonies from Penang glove factories (excerpt)\n\nAll names are pseudonyms.\n\n"
            'Testimony 1 - "Mya Thu", 24, from Bago Region, Myanmar\n"The broker in Yangon promised eight hours a '
            "day. In the factory we worked fourteen hours and the company kept my passport in the office.\"\n\n"
            'Testimony 2 - "Karim", 40, from Khulna, Bangladesh\nKarim paid 300,000 taka to a recruiter in Dhaka. '
            "He said the manager locked the hostel gate every night.\n")
    got = claim_sources(text)
    first = find_claim(got, "kept my passport")
    second = find_claim(got, "locked the hostel gate")
    assert "Mya Thu" in (first[1] or "") and first[0] == "named_person", first
    assert "Karim" in (second[1] or ""), second
    assert first[2] != second[2], got
