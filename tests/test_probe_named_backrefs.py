"""Probes: "The worker, who gave his name as Li, said" after "a worker at the camp told the paper" is the same worker,
now named; another person named so stays apart. Texts written for these tests; people and firms are fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

CAMP = LEAD + """About thirty loggers at a camp near Chita have not been paid since January, a worker at the camp told the Chita Courier by telephone.

The worker, who gave his name as Li, said the manager had promised each man 10,000 yuan a month. According to him, the camp is 80 kilometres from the nearest town.
"""


def test_definite_description_naming_the_person_met_before() -> None:
    _, _, key = speaker(CAMP, "have not been paid since January")
    _, _, key2 = speaker(CAMP, "had promised each man")
    assert key == key2


def test_another_person_stays_apart() -> None:
    text = CAMP + "\nA driver, who gave his name as Bo, said the foreman kept the passports of all the loggers.\n"
    _, _, key = speaker(text, "have not been paid since January")
    _, _, key3 = speaker(text, "kept the passports")
    assert key3 != key

