"""Indicator readings (a study of s36 on a held-out set; every text here is written for this test, with fictional
firms and people): identity papers taken "for the dormitory" are papers held, not pay kept for upkeep. Near misses
keep their indicators: pay kept for the dormitory, and papers held with pay kept in one sentence."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

LEAD = ("RIGA - Labour inspectors are examining reports of forced labour, unpaid wages and passports held by "
        "employers among migrant workers at the Ternek depot.\n\n")


def _indicators(sentence: str) -> set[str]:
    a = analyse(LEAD + sentence, {})
    return {h.indicator for c in a.claims if c.start >= len(LEAD) for h in c.indicators}


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Ilze Ozola said the agency takes the cleaners' ID cards \"for the dormitory list\" and keeps them.",
     "withholding_of_wages"),
])
def test_no_false_indicator(sentence: str, absent: str) -> None:
    assert absent not in _indicators(sentence)


@pytest.mark.parametrize(("sentence", "present"), [
    ("Ilze Ozola said the agency kept 300 euros a month from the cleaners for the hostel.", "withholding_of_wages"),
    ("Ilze Ozola said the agency took their passports and kept half the pay for food.", "withholding_of_wages"),
])
def test_indicators_kept(sentence: str, present: str) -> None:
    assert present in _indicators(sentence)
