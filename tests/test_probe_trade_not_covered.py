""""Not covered by" sanctions, an embargo or tariffs is a rule of trade, not a worker left without protection.

Sentences written for this test (fictional people and firms)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import indicators as _indicators  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "The logs are cut in Amur and finished in Heilongjiang under a processing deal that is not covered by EU sanctions.",
    "The workers said the timber went to buyers abroad, since sawn boards are not covered by the export ban.",
    "Managers said the yard's pine was not covered by the new tariffs and kept the workers on double shifts.",
])
def test_goods_not_covered_by_trade_rules_is_no_vulnerability(sentence: str) -> None:
    assert "abuse_of_vulnerability" not in _indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The workers are not covered by the labour code, so no inspector ever visits the yard.",
    "Foreign loggers are not covered by the minimum wage law, a union organiser said.",
])
def test_workers_not_covered_by_labour_law_stay_vulnerable(sentence: str) -> None:
    assert "abuse_of_vulnerability" in _indicators(sentence)
