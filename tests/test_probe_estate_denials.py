"""Negative findings (study of heldout315): an inspection that '"found no bonded labour"', an audit that saw no worker
doing a hazardous task unprotected, and an official's 'forced labour "does not exist"' are negated claims, and a denial
that such labour exists is no lie told to a worker. Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.claim_filters import negative_finding
from labourlens.analyse.pipeline import analyse
from probe_helpers import lexicon_indicators

META = {"published": "2025-03-01", "language": "en"}
LEAD = ("Pickers held at a Kenyan farm\n\nMigrant workers at the Red Ridge farm near Kisii said their passports were "
        "taken and they were beaten.\n\n")


@pytest.mark.parametrize("sentence", [
    "The county's labour officer, Jane Wanjiru, said on radio that forced labour \"does not exist\" anywhere in her county.",
    "An inspector, Peter Otieno, said his team \"found no bonded labour\" on the farm.",
    "The auditors saw no picker handling pesticide without gloves, the audit said.",
])
def test_negative_finding_is_negated(sentence: str) -> None:
    a = analyse(LEAD + sentence + "\n", META)
    c = next(c for c in a.claims if c.text.startswith(sentence[:25]))
    assert c.polarity == "negated" and not c.indicators


@pytest.mark.parametrize("sentence", [
    "We saw no other workers all day, she said.",
    "Such protections do not exist for migrant workers.",
])
def test_no_negative_finding(sentence: str) -> None:
    assert negative_finding(sentence) is None


def test_denied_labour_is_no_fictitious_job() -> None:
    assert "deception" not in lexicon_indicators("The mayor insisted at the hearing that debt bondage \"does not exist\" on any farm.")
    assert "deception" in lexicon_indicators("They were promised jobs at a factory that did not exist.")
