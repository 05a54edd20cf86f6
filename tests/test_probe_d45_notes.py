"""Unverified notes of short clipped excerpts (probe diag45): "We have not been able to see his pay records", "We
have not checked these reports ourselves" are the writer's could-not-verify notes (but not "we have not been able to
see the workers"). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import is_unconfirmed


@pytest.mark.parametrize("text,expected", [
    ("We have not been able to see Ms. Rahimova's payslips.", True),
    ("The paper has not yet been able to examine the company's contracts.", True),
    ("We have not checked these accounts ourselves.", True),
    ("We have not been able to see the workers since March.", False),
    ("The guards have not checked their passports.", False),
])
def test_writer_has_not_seen_the_records(text: str, expected: bool) -> None:
    assert is_unconfirmed(text) is expected
