"""Overtime named as part of the pay ("60 dirhams a day plus overtime", "an overtime allowance") describes a
wage, not excessive working time; overtime worked beyond limits still counts. Sentences, people and firms are
our own; each page has a headline and a neutral lede naming migrant workers."""
from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

CTX = {"published": "2025-03-01", "language": "en"}
HEAD = "Migrant drivers at a Gulf logistics firm\n\nThe migrant workers from Nepal and Kenya drive trucks for a Dubai firm. "
OVT = "excessive_overtime"


def _indicators(sentence: str) -> set[str]:
    a = analyse(HEAD + sentence, CTX)
    return {h.indicator for c in a.claims if c.start >= len(HEAD) for h in c.indicators}


@pytest.mark.parametrize("sentence", [
    "Drivers are paid 60 dirhams a day plus overtime, the company said.",
    "Loaders earn 1,400 dirhams a month and an overtime allowance of 200 dirhams, the manager said.",
    "The contract lists a basic wage of 1,100 dirhams, housing and an overtime rate of 5 dirhams an hour.",
    "Warehouse staff receive an overtime bonus in the busy season, the firm said.",
])
def test_overtime_as_a_part_of_pay_is_no_cue(sentence: str) -> None:
    assert OVT not in _indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The drivers said they were made to work overtime every night without a day off.",
    "Drivers worked until midnight most days, two of them said.",
    "The men said they did 16-hour shifts and unpaid overtime for months.",
])
def test_overtime_worked_still_counts(sentence: str) -> None:
    assert OVT in _indicators(sentence)
