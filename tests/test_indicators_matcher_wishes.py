"""Wishes for the indicator matcher (analyse/indicators.py, owned by another stage this round).

Each test states behaviour the lexicon cannot express with slots, windows and ``unless`` alone; it is
marked xfail(strict=True), so it turns into a failure (a reminder to drop the mark) the day the matcher
learns it. Sentences written for these tests."""

from __future__ import annotations

from labourlens.analyse.indicators import match


def found(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


# (granted in the forty-eighth session: a place between the negated subject and its verb, "No worker at the yard was
# ever made to", is read by labourlens.analyse.clause_denials)
def test_negated_subject_before_the_verb_cancels_the_hit() -> None:
    assert "excessive_overtime" in found("The welders were made to work through the night.")
    assert "excessive_overtime" not in found("No worker at the yard was ever made to work through the night.")
