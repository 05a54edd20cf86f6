"""Probes for the classes of miss found when heldout100 (forced labour at sea and on plantations in Southeast Asia and
the Pacific) was opened for study (branch diag100). Every text is written for these tests, in our own wording: names,
vessels, firms and figures are invented (places and currencies are real); each class has controls that must not
change."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from labourlens.model import Analysis
from probe_helpers import claim_with, source_of

META = {"published": "2026-11-02", "language": "en"}
# a lede that makes a one-line probe a report about workers
CTX = "Vietnamese deckhands on the trawler Minh Phat 9 said their pay had been withheld for months and their papers taken.\n\n"


def _an(text: str) -> Analysis:
    return analyse(CTX + text, dict(META))

_claim, _source = claim_with, source_of  # (shared with the other probe files: tests/probe_helpers.py)


def _inds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def _negated(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).negated}


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize("text,wording", [
    ("The master told the boarding officers that the deckhands' identity papers were kept in his cabin.", "The master"),
    ("The fishing master said the deckhands could go home whenever they wished.", "The fishing master"),
])
def test_a_vessels_master_speaks_as_a_person_on_board(text: str, wording: str) -> None:
    s = _source(_an(text), text[:25])
    assert s.wording == wording and s.kind == "anonymous_source"


def test_a_master_named_only_as_the_one_who_acted_is_no_speaker() -> None:
    s = _source(_an("Deckhands said the master kept their identity papers in a locked box."), "locked box")
    assert s.wording is not None and s.wording.startswith("Deckhands")


@pytest.mark.parametrize("phrase", [
    "Teguh Pranoto, director of the manning agency PT Bahari Jaya",
    "Teguh Pranoto, director of the crewing agency Oceanlink",
])
def test_a_manning_agencys_director_speaks_for_the_firm(phrase: str) -> None:
    assert classify(phrase) == "organization"


def test_a_state_agencys_director_stays_official() -> None:
    assert classify("Teguh Pranoto, director of the fisheries agency") == "official"


@pytest.mark.parametrize("phrase", [
    "the ministry's director-general, Datuk Kamal Yusof",
    "the labour department's director general, Lim Wei Sheng",
    "the inspectorate's secretary-general, Ana Ruiz",
])
def test_a_state_bodys_director_general_before_a_name_is_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase,kind", [
    ("the union's secretary-general, Ana Ruiz", "named_person"),
    ("the company's director general, Ana Ruiz", "organization"),
])
def test_a_director_general_of_a_union_or_firm_is_not_the_state(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_clause_naming_what_the_speaker_is_gives_no_speaker() -> None:
    text = ("A spokeswoman for Coral Reach Fisheries, which the deckhands identified as their employer, said the firm "
            "has never held the passports of any worker.")
    s = _source(_an(text), "Coral Reach")
    assert s.wording is not None and s.wording.startswith("A spokeswoman for Coral Reach Fisheries")
    assert s.kind == "organization"


def test_a_name_the_speaker_gives_in_the_clause_still_speaks() -> None:
    text = "A man at the pier, who gave his name as Mr Tran, said the boat owner kept the passports of every worker."
    assert _source(_an(text), "Mr Tran").wording == "Mr Tran"


def test_prosecutors_charged_that() -> None:
    text = "Prosecutors charged that the accused made each of the 22 deckhands sign a promissory note for NT$80,000."
    s = _source(_an(text), "promissory")
    assert s.wording == "Prosecutors" and s.kind == "official"


def test_a_fee_charged_is_no_report() -> None:
    text = "The broker charged each of the deckhands 18,000 baht for the job."
    assert _source(_an(text), "18,000").key == "OUTLET"


def test_a_partys_case_was_that() -> None:
    text = ("The prosecution's case was that the accused deducted NT$3,000 a month from each man's pay and kept it when "
            "the men complained.")
    assert _source(_an(text), "NT$3,000").wording == "The prosecution"


def test_an_official_there_speaks_for_the_state_body_just_named() -> None:
    text = ("The district labour office said it had written to the vessel's owner. An official there said the deckhands "
            "had probably been recruited without contracts.")
    s = _source(_an(text), "An official there")
    assert s.wording == "An official there" and s.kind == "official"


def test_an_official_there_with_no_body_named_stays_a_person() -> None:
    text = ("The deckhands were held in a shed behind the fish market. An official there said the men had no passports "
            "with them.")
    assert _source(_an(text), "An official there").kind == "anonymous_source"


def test_a_counted_speaker_with_an_age_keeps_the_quote() -> None:
    text = ('"The captain hit us with a rope when we were slow," one deckhand, 31, said. "We never saw the port."')
    a = _an(text)
    for words in ("hit us with a rope", "never saw the port"):
        assert _source(a, words).wording == "one deckhand, 31"


# ---------------------------------------------------------------- indicators


@pytest.mark.parametrize("text", [
    "Each recruit paid a deposit of 4 million rupiah before he boarded.",
    "The agency collects a cash deposit from every deckhand it sends abroad.",
    "If they run away, the deposit is lost and their parents must pay the penalty.",
    "Those deposits are in effect a bond on the worker.",
    "If I switch employers, I lose everything.",
    "Deckhands stay because quitting would cost them their savings.",
])
def test_a_deposit_that_ties_the_worker_is_debt_bondage(text: str) -> None:
    assert "debt_bondage" in _inds(text)


def test_a_deposit_denied_is_a_negated_cue() -> None:
    assert "debt_bondage" in _negated("The agency said it does not collect any deposit from its recruits.")


@pytest.mark.parametrize("text", [
    "We paid a deposit on the flat near the harbour.",
    "The firm paid a deposit into its bank account.",
    "If they leave, they lose the chance of a better berth.",
])
def test_deposits_of_other_kinds_are_no_bondage(text: str) -> None:
    assert "debt_bondage" not in _inds(text)


def test_a_catch_transhipped_to_keep_from_port_is_restriction() -> None:
    assert "restriction_of_movement" in _inds("The owners tranship the catch at sea to avoid returning to port.")


def test_a_vessel_that_calls_at_port_is_no_restriction() -> None:
    assert "restriction_of_movement" not in _inds("The longliner called at Suva twice to unload its catch.")


@pytest.mark.parametrize("text", [
    "The boat owner kept the men's pink cards in a tin at the jetty office.",
    "The skipper held every deckhand's seafarer's book until the end of the trip.",
])
def test_fishers_papers_kept_are_retention_not_wages(text: str) -> None:
    found = _inds(text)
    assert "retention_of_identity_documents" in found and "withholding_of_wages" not in found


def test_bank_cards_kept_stay_withheld_pay() -> None:
    assert "withholding_of_wages" in _inds("The supervisor kept the workers' bank cards in his desk.")


def test_pay_sent_to_the_families_is_not_taken() -> None:
    assert "withholding_of_wages" not in _inds("All wages are transferred each month to the families in Java.")


def test_papers_given_back_at_the_end_are_no_wages_held() -> None:
    assert "withholding_of_wages" not in _inds("When I asked, he said we would get them back at the end of the contract.")


def test_wages_paid_only_at_the_end_stay_withheld() -> None:
    assert "withholding_of_wages" in _inds("The men are paid only at the end of the contract.")


def test_a_deposit_returned_at_the_end_is_left_to_the_older_reading() -> None:
    # writers split: older sets do not read a deposit given back at the contract's end as bondage
    assert "debt_bondage" not in _inds("The deposits are refunded only if the men complete their contracts.")


def test_a_deposit_a_firm_pays_for_its_premises_is_no_bondage() -> None:
    assert "debt_bondage" not in _inds("The firm paid a deposit for a new dormitory block, its manager said.")
