"""Probes (s338): denials of debt bondage in a holder's or an official's words: nobody held or kept by force or against
their will, and no bonded or child labour found or recorded. The concession that the cutters may leave once they
clear the loan admits the debt and is no denial. Near miss: a report that someone was kept by force is a claim.
Sentences written for these tests; the people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges


@pytest.mark.parametrize("text", [
    "We do not hold any family here against their will, the contractor said.",
    "The mill's lawyer said his client had never detained anybody by force.",
    "No bonded labour was detected at the four kilns inspected in March.",
    "No child labour was recorded at the three mills.",
])
def test_denial(text: str) -> None:
    assert hedges.denial_cue(text) is not None


@pytest.mark.parametrize("text", [
    "The cutters are free to leave whenever they clear the loan, the owner said.",
    "The owner kept them by force for a year.",
])
def test_admission_or_report_is_no_denial(text: str) -> None:
    assert hedges.denial_cue(text) is None
