"""Probes (session 41, from heldout407's Gulf recruitment reports): a work visa bought or sold for a sum, and a fee
paid to a recruiter "for this job", are recruitment debt. Near misses: a tourist visa's price, a ticket bought, and a
fee over a legal cap (left to the rules that name the charge) stay as they were. Texts written for these tests."""

from __future__ import annotations

import pytest

from probe_helpers import indicators, lexicon_indicators

DEBT = "debt_bondage"


@pytest.mark.parametrize("sentence", [
    "She arrived on a visa purchased from a dealer in Dhaka for 5 lakh taka.",
    "Each man paid 3 lakh rupees to the agency in Multan for this job.",
])
def test_sums_paid_for_the_job_are_recruitment_debt(sentence: str) -> None:
    assert DEBT in indicators(sentence) or DEBT in lexicon_indicators(sentence)


def test_the_lexicon_reads_visa_prices() -> None:
    assert DEBT in lexicon_indicators("Visas for Oman were selling for 4 lakh taka in Sylhet.")


@pytest.mark.parametrize("sentence", [
    "The embassy sells tourist visas for 50 dollars.",
    "He bought a ticket for 300 dollars.",
    "The company pays wages above the legal minimum.",
])
def test_near_misses_get_no_debt(sentence: str) -> None:
    assert DEBT not in lexicon_indicators(sentence)
