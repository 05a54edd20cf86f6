"""Denials inside a clause of a sentence that affirms something else, and two second readings.

'... said its staff "enjoy the same pay" and that it had never confiscated identity documents' carries no retention;
"no worker had been made to work overtime", "No one takes our phones" and "Nothing in the files shows wages being
withheld" deny the abuse; "it had never paid overtime", "no worker was paid in March", "nobody can leave" and
"nobody keeps their own papers" state it. A worker who "kept my own passport" tells of no retention; workers who
"are believed to be owed" money are owed wages, not in debt. Sentences written for this test (fictional people and
firms)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from labourlens.analyse.pipeline import analyse  # noqa: E402
from probe_helpers import LEAD, META  # noqa: E402
from probe_helpers import indicators as _indicators  # noqa: E402


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The yard's owner said its loggers enjoy the same pay as local staff and that it had never confiscated identity "
     "documents.", "retention_of_identity_documents"),
    ("The manager said the injuries were caused by old age and that no worker had been made to work overtime against "
     "his will.", "excessive_overtime"),
    ("\"No one takes our phones,\" one of the loggers said.", "isolation"),
    ("Nothing in the files shows wages being withheld.", "withholding_of_wages"),
    ("No, I kept my own passport the whole time.", "retention_of_identity_documents"),
])
def test_a_denying_clause_gives_no_evidence(sentence: str, indicator: str) -> None:
    assert indicator not in _indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The firm paid late all winter, and it had never paid overtime.", "excessive_overtime"),
    ("No worker was paid in March, the loggers said.", "withholding_of_wages"),
    ("Nobody can leave the compound at night.", "restriction_of_movement"),
    ("Nobody keeps their own papers here, the loggers said.", "retention_of_identity_documents"),
    ("The foreman kept their passports until the season ended.", "retention_of_identity_documents"),
    ("The loggers are believed to be owed a combined 4 million rubles.", "withholding_of_wages"),
])
def test_a_clause_that_states_the_abuse_keeps_it(sentence: str, indicator: str) -> None:
    assert indicator in _indicators(sentence)


def test_workers_owed_money_are_not_in_debt() -> None:
    assert "debt_bondage" not in _indicators("The loggers are believed to be owed a combined 4 million rubles.")


@pytest.mark.parametrize(("sentence", "wording"), [
    ("Nothing in the payroll files shows wages being withheld.", "the payroll files"),
    ("None of the contracts shows any deduction for housing.", "the contracts"),
    ("Nothing in the inspection report indicates that the men were beaten.", "the inspection report"),
])
def test_nothing_in_a_named_document_shows(sentence: str, wording: str) -> None:
    """The document is the source ("Nothing in" is no part of its name), and what it does not show is denied."""
    a = analyse(LEAD + sentence, META)
    claim = next(c for c in a.claims if c.text.startswith(sentence[:20]))
    source = a.source(claim.source)
    assert source is not None and (source.wording, source.kind) == (wording, "document")
    assert claim.polarity == "negated" and not claim.indicators


def test_a_named_document_that_shows_the_abuse_keeps_it() -> None:
    assert "withholding_of_wages" in _indicators("The payroll files show wages being withheld from March.")
