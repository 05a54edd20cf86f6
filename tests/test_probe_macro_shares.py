"""A share of a country's income is a statistic, not a cut of a worker's pay; demand for due diligence is no dues.

"Remittances made up 40% of national income" or "wages sent home account for a fifth of GDP" describe an economy;
"70 percent of their wages went to the state" still takes pay from workers (controls). Sentences written for this
probe; fictional firms and people."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators

STATISTICS = [
    "Remittances from workers abroad accounted for roughly 31% of national income last year, the central bank said.",
    "Wages earned in Russia and sent home make up about a fifth of gross domestic product, economists said.",
    "Income sent home by labourers is now the largest part of the economy in two provinces.",
    # "due diligence" is a compliance duty, not dues paid
    "Revenue rose 9% on demand for supply-chain due diligence from buyers in Europe.",
]
TAKEN = [
    "Seventy percent of their wages went to the state, a source said.",
    "The manager took most of their earnings as a loyalty payment.",
    "Their salaries were transferred to the trading company, which kept half.",
]


@pytest.mark.parametrize("sentence", STATISTICS)
def test_a_share_of_the_economy_is_not_pay_withheld(sentence: str) -> None:
    assert "withholding_of_wages" not in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", TAKEN)
def test_a_share_of_pay_taken_stays_withheld(sentence: str) -> None:
    assert "withholding_of_wages" in lexicon_indicators(sentence)
