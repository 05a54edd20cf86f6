"""Probes (s332): denials in a grower's, a buyer's or a court's words, and a worker's own word that nobody took his
papers. "Strongly rejects any claims that", a court that "did not find it established that", "Nor were there any signs
of", "reported no complaints of any kind", "we have never mistreated our workers", "the farmer never asked for his
passport", "no one ever asked her for them". Near misses stay claims: "never asked for their help" and a union that
rejects a pay offer. Texts written for these tests; the firms and people are fictional."""

from __future__ import annotations

from labourlens.analyse import hedges


def test_rejections_and_findings_of_nothing_deny() -> None:
    assert hedges.denial_cue('The exporter "strongly rejects any claims" that pickers were fined for breaks.')
    assert hedges.denial_cue("The judges did not find it established that the crew was kept behind the fence.")
    assert hedges.denial_cue("Nor were there any signs of workers being prevented from leaving the farm.")
    assert hedges.denial_cue("The estate reported no complaints of any kind during the season.")
    assert hedges.denial_cue("We have never mistreated our workers, the cooperative's chair said.")


def test_nobody_asked_for_the_papers_denies() -> None:
    assert hedges.denial_cue("Karim said the farmer never asked for his passport at any point.")
    assert hedges.denial_cue("Her papers stay in her bag; no one ever asked her for them, she said.")


def test_near_miss_help_not_asked_and_an_offer_rejected_stay_claims() -> None:
    assert not hedges.denial_cue("The pickers said the crew boss never asked for their help on the accounts.")
    assert not hedges.denial_cue("The union rejected the offer of four euros an hour for the harvest.")


def test_near_miss_papers_nobody_dared_ask_back_stay_a_claim() -> None:
    assert not hedges.denial_cue("The cards stayed in the grower's drawer, and no one asked for them back all season.")
