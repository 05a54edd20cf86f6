"""A promise of pay is deception evidence when it was made to the workers ("said we would earn"), not when someone
announces what trainees or workers will be paid ("she said trainees would be paid a stipend").

Sentences written for this test (fictional people and firms)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import indicators as _indicators  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "The broker in Tashkent said we would earn 700 dollars a month.",
    "The recruiter said I would be paid 1,200 riyals a month, but I got half of that.",
    "The agency said they would earn 40,000 rubles a month, three of the men recalled.",
    "The workers were told they would earn 600 dollars a month.",
])
def test_a_promise_made_to_the_workers_is_deception(sentence: str) -> None:
    assert "deception" in _indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The yard's director said apprentices would be paid a stipend of 20,000 rubles a month during the course.",
    "A ministry spokeswoman said seasonal hands would receive the regional minimum wage from June.",
])
def test_an_announcement_of_pay_is_no_deception(sentence: str) -> None:
    assert "deception" not in _indicators(sentence)
