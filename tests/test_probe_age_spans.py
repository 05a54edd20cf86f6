"""Probe of ages told in years (study of a held-out set on bonded labour): "children aged 10 to 15 years" and
"between the ages of 14 and 17 years" give an age, not a length of time; the stays told beside them still count.
The sentences are our own."""
from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("sentence,kept,dropped", [
    ("Nine children aged 10 to 15 years were freed from the tannery after three months of work.", "three months",
     "15 years"),
    ("The boy, aged 12 years, had worked at the kiln for two years.", "two years", "12 years"),
    ("Girls between the ages of 14 and 17 years worked at the mill for a year.", "a year", "17 years"),
])
def test_age_is_no_duration(sentence: str, kept: str, dropped: str) -> None:
    a = analyse("Child labour at kilns\n\nBonded labour at brick kilns. " + sentence,
                {"published": "2026-01-01", "language": "en"})
    found = [t.text for t in a.times]
    assert kept in found and not any(dropped in f for f in found), found
