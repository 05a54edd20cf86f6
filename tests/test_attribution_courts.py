"""Courts, judges and inspectorates as speakers ("The court found that ...", "Judge Ana Ruiz ruled that
..."), and "according to" as a manner adverbial ("paid according to their contracts"), which is not an
attribution (all texts fictional, written for these tests)."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import classify
from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize("text, speaker", [
    ("Judge Helena Brandt ruled that the crew had been made to work without pay.", "Judge Helena Brandt"),
    ("The district court found that the agency had kept the welders' passports.", "The district court"),
    ("The inspectorate found that the men slept in a locked container.", "The inspectorate"),
    ("A labour tribunal in Manama ruled that the firm owed the men five months of wages.",
     "A labour tribunal in Manama"),
    ("The tribunal held that the cooks had been trafficked.", "The tribunal"),
    ("The ministry concluded that the recruiter had deceived the women.", "The ministry"),
])
def test_a_state_body_finds_or_rules(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker
    assert classify(speaker) == "official"


@pytest.mark.parametrize("text", [
    "The ministry found no violations at the yard.",  # a finding without "that": narrated, not quoted
    "Police found forty men sleeping in a warehouse.",
    "The welders found that their pay had been cut.",  # people who found something out do not report it
    "He found that the gate was locked every night.",
])
def test_found_without_a_reported_clause_is_not_attribution(text: str) -> None:
    m = find_mention(text)
    assert m is None or m.cue != "find"


@pytest.mark.parametrize("text, speaker", [
    ("The embassy said all workers were paid according to their contracts.", "The embassy"),
    ("In a letter, the contractor said wages were set according to local law.", "the contractor"),
    ("The cooks were ranked according to output, the manager said.", "the manager"),
])
def test_according_to_a_rule_is_no_source(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("text", [
    "Workers were paid according to the contract.",
    "Bonuses were handed out according to seniority.",
])
def test_according_to_a_rule_without_speaker(text: str) -> None:
    assert find_mention(text) is None


@pytest.mark.parametrize("text, speaker", [
    ("According to the contract, the welders were to be paid $600 a month.", "the contract"),
    ("The welders earn $600 a month, according to their contracts.", "their contracts"),
    ("The welders earn $600 a month according to the source.", "the source"),
])
def test_according_to_as_attribution(text: str, speaker: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == speaker and m.cue == "according to"


@pytest.mark.parametrize("text", [
    "One cook who fell ill was denied treatment and sent back to Pyongyang.",
    "The welders were told that they would be paid in dollars.",
    "Two of the women were refused permission to call home.",
])
def test_a_passive_is_no_report(text: str) -> None:
    m = find_mention(text)
    assert m is None or m.cue not in ("deny", "told", "refuse")
