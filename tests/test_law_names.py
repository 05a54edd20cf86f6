"""Indicator cues inside a law's name give no hit (analyse/law_names.py); the same words in running text do."""

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
