"""The corpora of near-miss pages with nothing to find (``tests/quiet_corpus/``, forty pages written to be studied;
``tests/quiet_heldout/``, thirty pages held out and only counted): pages that use the field's words in their benign
sense must get no claims and no indicators. Neither corpus is quiet yet; the floors are the counts reached so far
(thirty-third session), so that a change that makes more of them loud fails here. Raise them as rules improve."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from labourlens.evaluate import EvalReport, evaluate

HERE = Path(__file__).parent
# corpus -> (pages, pages that must stay quiet at least)
FLOORS: dict[str, tuple[int, int]] = {"quiet_corpus": (40, 24), "quiet_heldout": (30, 16)}


@cache
def _report(name: str) -> EvalReport:
    return evaluate(HERE / name / "gold.jsonl")


@pytest.mark.parametrize("name", list(FLOORS))
def test_near_miss_pages_stay_quiet_at_least_as_often_as_before(name: str) -> None:
    pages, floor = FLOORS[name]
    quiet = _report(name).quiet
    assert quiet.total == pages, "every page of the corpus has nothing to find"
    assert quiet.correct >= floor, f"{name}: {quiet.correct} of {pages} pages quiet, floor {floor}"


@pytest.mark.parametrize("name", list(FLOORS))
def test_the_corpora_have_no_claims_in_their_gold(name: str) -> None:
    report = _report(name)
    assert report.claims.tp == 0 and report.claims.fn == 0
