"""Negative findings told in two more shapes (probe study297): an audit that "did not find that" an abuse took
place, and an official's "not a single instance of <abuse>" that inspectors "uncovered". What was not found is
denied, not observed: the claim is negated and carries no indicator. A finding that something was not prosecuted is
no such denial. Every text is written for this test; firms and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.claim_filters import negative_finding
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-01", "language": "en"}
TEXT = """Kestrel Textiles statement on its supplier in Izmir

A review we paid for in April showed that 40 Syrian workers at the Izmir mill lived in a dormitory locked at \
night.

The review did not find that any worker had been paid late.

At a briefing in Ankara, Deniz Arslan, a deputy director of the provincial labour directorate, said that \
"not a single instance of forced labour" was uncovered when inspectors visited the mill in 2025.
"""


def test_shapes_of_a_negative_finding() -> None:
    assert negative_finding("The review did not find that any worker had been paid late.") is not None
    assert negative_finding('She said "not a single instance of coercion" was uncovered by the inspectors.') is not None
    assert negative_finding("Not a single case was prosecuted.") is None


def test_a_negative_finding_is_negated_without_indicators() -> None:
    claims = analyse(TEXT, META).claims
    withheld = next(c for c in claims if "did not find that any worker" in c.text)
    assert withheld.polarity == "negated" and not withheld.indicators
    locked = next(c for c in claims if "locked at" in c.text)
    assert locked.polarity == "affirmed"
