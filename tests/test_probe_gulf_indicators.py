"""Indicator cues of Gulf labour reports (diagnosis of heldout91): a worker abroad who has stopped calling home
(isolation) and a Gulf residence card taken by the sponsor (retention of identity documents). Every sentence is
written for this test; people and companies are fictional."""

from __future__ import annotations

import pytest

from probe_helpers import indicators, lexicon_indicators


@pytest.mark.parametrize("sentence", [
    "Two families in Kisii say their daughters, who went to Dammam as housemaids, have stopped calling home.",
    "Her mother said Achieng stopped calling her family in March.",
])
def test_stopped_calling_home_is_isolation(sentence: str) -> None:
    assert "isolation" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Some workers stop calling home because airtime is expensive, the agent said.",
    "The company stopped calling the workers to the office on Fridays.",
])
def test_not_a_worker_cut_off(sentence: str) -> None:
    assert "isolation" not in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "When he landed in Jeddah, the sponsor drove him to a farm outside the city and took his iqama.",
    "The supervisor kept their civil IDs in a drawer in the site office.",
])
def test_residence_card_taken_is_retention(sentence: str) -> None:
    assert "retention_of_identity_documents" in lexicon_indicators(sentence)


def test_residence_card_taken_in_a_report() -> None:
    assert "retention_of_identity_documents" in indicators(
        "Migrant herders said the sponsor took them to a farm far from the road and kept their iqamas for a year.")


@pytest.mark.parametrize("sentence", [
    "The sponsor took his iqama to renew it at the passport office.",
    "The company keeps photocopies of their civil IDs on file.",
])
def test_residence_card_for_renewal_is_not_retention(sentence: str) -> None:
    assert "retention_of_identity_documents" not in lexicon_indicators(sentence)
