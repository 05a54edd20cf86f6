"""A counted group of workers named again by a definite plural with an apposition ("according to three workers who
spoke to us ... The men, citizens of Uzbekistan who had worked near Moscow, said ..."): one group. A group of
another kind ("three foremen") and a group with another group speaking in between stay apart. Every text is written
for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

FIRST = ("Forty builders were taken to Luhansk in buses from Rostov-on-Don in August, according to three workers who "
         "spoke to the paper on condition that their names not be used.\n\n")
AGAIN = ('The men, citizens of Uzbekistan who had worked near Moscow, said a recruiter had offered them "repair work" '
         "at 3,000 rubles a day.")


def test_definite_plural_with_apposition_is_the_counted_group() -> None:
    text = LEAD + FIRST + AGAIN
    assert speaker(text, "repair work")[2] == speaker(text, "taken to Luhansk")[2]


def test_a_group_of_another_kind_stays_apart() -> None:
    text = LEAD + FIRST.replace("three workers", "three foremen") + AGAIN
    assert speaker(text, "repair work")[2] != speaker(text, "taken to Luhansk")[2]


def test_another_group_in_between_stays_apart() -> None:
    between = "Two neighbours said the builders were locked in their hostel at night.\n\n"
    text = LEAD + FIRST + between + AGAIN
    assert speaker(text, "repair work")[2] != speaker(text, "taken to Luhansk")[2]
