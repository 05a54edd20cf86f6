"""Probes: a masthead with a translation note beside it ("Tohoku Shimpo (translated from Japanese)"), and a firm's
letterhead under a kicker line ("CLIENT ALERT | Trade Controls" then "Harrowgate Row LLP"), name the outlet; money
"paid by" a state is no wage taken from workers. Texts written for these tests; outlets and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import lexicon_indicators

BODY = ("North Korean workers in Hunchun squid plants\n\n"
        "Hunchun, Jilin Province — Seafood plants here employ North Korean workers who are forbidden from leaving "
        "their compounds, a former supervisor told this newspaper.")


@pytest.mark.parametrize(("head", "outlet", "language"), [
    ("Tohoku Shimpo (translated from Japanese)\nTranslation: Aiko Mori\n\n", "Tohoku Shimpo", "ja"),
    ("The Hokuriku Daily (translated from Japanese)\n\n", "The Hokuriku Daily", "ja"),
    ("Gangwon Ilbo (translated from Korean)\n\n", "Gangwon Ilbo", "ko"),
    ("Tohoku Shimpo | translated from Japanese\n\n", "Tohoku Shimpo", "ja"),
])
def test_a_masthead_beside_its_translation_note(head: str, outlet: str, language: str) -> None:
    meta = analyse(head + BODY, {"published": "2025-03-01"}).meta
    assert (meta.outlet, meta.original_language) == (outlet, language)


def test_a_letterhead_under_a_kicker_line_names_the_firm() -> None:
    text = ("CLIENT ALERT | Trade Controls & Supply Chain Compliance\nHarrowgate Row LLP\n9 September 2026\n\n"
            "Labour-transfer programmes: what importers need to know\n\n"
            "Enforcement attention has moved to factories that receive workers through pairing schemes, and several "
            "shipments have been detained because workers were not free to leave their dormitories.")
    assert analyse(text, {}).meta.outlet == "Harrowgate Row LLP"


def test_a_headline_is_no_masthead() -> None:
    text = "Squid plants in Hunchun face new scrutiny\n\n" + BODY
    assert analyse(text, {"published": "2025-03-01"}).meta.outlet is None


@pytest.mark.parametrize(("sentence", "fires"), [
    ("The bridge cost about 2.2 billion yuan, all of it paid by China.", False),
    ("The new dormitories cost 40 million rubles, most of which was borne by the region.", False),
    ("They earned 500 dollars a month, most of which was taken by the manager.", True),
])
def test_money_paid_by_a_state_is_no_wage_taken(sentence: str, fires: bool) -> None:
    assert ("withholding_of_wages" in lexicon_indicators(sentence)) is fires


@pytest.mark.parametrize(("sentence", "indicator", "fires"), [
    ("The industrial trawler fleet is not covered by the subsidy.", "abuse_of_vulnerability", False),
    ("Domestic workers are not covered by the labour law.", "abuse_of_vulnerability", True),
    ("The chief fisherman said a canoe crew of eight could save up to 600 cedis per trip.", "deception", False),
    ("The agent told us we could save 500 dollars a month.", "deception", True),
])
def test_a_subsidy_is_no_protection_and_a_saving_is_no_promise(sentence: str, indicator: str, fires: bool) -> None:
    assert (indicator in lexicon_indicators(sentence)) is fires


def test_a_masthead_with_its_acronym_in_brackets_is_the_outlet() -> None:
    text = ("ASIA-PACIFIC DOCKERS AND SEAFARERS UNION (APDSU)\nStatement of the Executive Committee\n\n"
            "On crew moved from vessels to shore plants\n\n"
            "We state the following: members were told on arrival that they would wait for the next vessel, but were "
            "put to work gutting squid for 14 hours a day, and the plant's guards kept their seaman's books.")
    a = analyse(text, {})
    assert a.meta.outlet is not None and a.meta.outlet.lower() == "asia-pacific dockers and seafarers union"
    assert all(c.source == "OUTLET" for c in a.claims)  # the union's own statement is the page's voice
