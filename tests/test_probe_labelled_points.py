"""A report's numbered points under a word for their kind ("Issue 2. Passports. Forty cooks said ..."): the short
topic after the number is a run-in heading, not a claim, even when an indicator reads it (texts invented)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}

TEXT = """Harvest crews at the Kerrow orchards: an inquiry by Fieldwatch

Issue 1. Passports. Forty pickers from Moldova told Fieldwatch their passports were kept in the farm office all season.

Issue 2. Hours. Pickers described fourteen-hour days in the orchards and no rest day in a fortnight.
"""


def test_topic_after_a_labelled_number_is_no_claim() -> None:
    texts = [c.text.strip() for c in analyse(TEXT, META).claims]
    assert "Passports." not in texts
    assert "Hours." not in texts
    assert any("kept in the farm office" in t for t in texts)
