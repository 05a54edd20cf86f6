"""Indicator cues inside a law's name give no hit (analyse/law_names.py); the same words in running text do. A fee
placed inside a legal cap gives no fee hit (analyse/lawful_fees.py); one above the cap does."""

from __future__ import annotations

import pytest

from labourlens.analyse import claims


def _kinds(text: str) -> list[str]:
    return [h.indicator for h in claims._match(text, 0).hits]


@pytest.mark.parametrize("text", [
    "The Forced Labour Goods (Import Prohibition) Bill would oblige importers to file statements.",
    "Shipments were stopped under the Uyghur Forced Labor Prevention Act last year.",
    "Ministers ratified the Forced Labour Convention, 1930 on Monday.",
    "The Modern Slavery Act requires large firms to publish statements.",
])
def test_cue_in_a_law_name_gives_no_hit(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Inspectors said the men were kept in forced labour at the quarry for two years.",
    "Under the act, the workers said, they were still subjected to Forced Labour in the mill.",
])
def test_same_words_in_running_text_still_hit(text: str) -> None:
    assert _kinds(text) != []


@pytest.mark.parametrize("text", [
    "Candidates paid a service fee of 9 million rupees, below the legal ceiling.",
    "Each recruit paid a placement fee within the statutory limit, the agency said.",
])
def test_fee_within_a_legal_cap_gives_no_fee_hit(text: str) -> None:
    assert not {"debt_bondage", "withholding_of_wages"} & set(_kinds(text))


def test_fee_above_a_legal_cap_stays_evidence() -> None:
    assert "debt_bondage" in _kinds("Candidates paid a service fee of 90 million rupees, far above the legal ceiling.")


def test_fee_past_the_amount_the_law_allows_stays_evidence() -> None:
    assert "debt_bondage" in _kinds("Each recruit paid a service fee three times the amount allowed by law.")
