"""A speaker's role given in apposition at the end of the sentence ("..., according to Maria Santos, a labour
attaché there.") stays part of the speaker (the sentence's end closes it; "According to X, the men worked ..."
is still the claim), and "a man who has worked as a cleaner at ..." names a job, not a speaker inside the
subject ("One of the workers, a man who has worked as a cleaner ..., told the paper": one of the workers). Every text is written
for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("sentence,wording", [
    ("The embassy in Doha was sheltering 40 women on Monday, most of them housemaids who left without their "
     "passports, according to Maria Santos, a labour attaché there.", "Maria Santos, a labour attaché there"),
    ("The men worked twelve hours a day, according to Petr Holub, the site manager.", "Petr Holub, the site manager"),
    ("According to Petr Holub, the men worked twelve hours a day.", "Petr Holub"),
    ("The men worked twelve hours a day, according to Petr Holub, who runs a bakery.", "Petr Holub"),
])
def test_according_to_apposition_at_the_end(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_attache_at_the_end_is_official() -> None:
    m = find_mention("The shelter holds 40 women, according to Maria Santos, a labour attaché there.")
    assert m is not None and classify(m.wording) == "official"


@pytest.mark.parametrize("sentence,subject", [
    ("One of the workers, a Nepali man who has worked as a cleaner at a ministry building for two years, told the "
     "paper that he is paid 70 dinars a month.",
     "One of the workers"),
    ("A driver, who is employed as a courier by a delivery firm, said he was fined every week.", "A driver"),
    ("A cook, who worked as a cleaner before, told us the door was locked.", "A cook"),
])
def test_worked_as_is_a_job(sentence: str, subject: str) -> None:
    m = find_mention(sentence)  # the subject with its apposition, never the job after "as"
    assert m is not None and m.wording.split(",")[0] == subject and "as a" not in m.wording.split(",")[0]
