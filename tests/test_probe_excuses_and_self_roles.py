"""Two shapes of a firm's answer (probe diag62):

- the accused party's excuse is a negated claim with no indicator, like its denial ("withheld lawfully because
  of his absence", "made only for tools that are sold"); the same words from a worker or the page keep their
  reading, and so does an admitted delay ("slightly delayed"), on which writers split;
- "a man who answered the phone at its office and identified himself as a site supervisor said ...": the whole
  phrase speaks (the person who answered the firm's phone: ``organization``), not "a site supervisor" after
  "as", and "identified himself" is no report.

Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis

META = {"published": "2026-02-01", "language": "en"}
LEAD = ("Cleaners employed by Crescent Facility Care in Jeddah say their wages were withheld for three months and "
        "their passports kept by the company. ")


def _claim(a: Analysis, words: str):  # noqa: ANN202 - a Claim
    return next(c for c in a.claims if words in c.text)


@pytest.mark.parametrize("sentence,words", [
    ("A spokesman for Crescent Facility Care said wages had been withheld lawfully because the men missed work.",
     "withheld lawfully"),
    ("The company said deductions were made \"only for uniforms that are sold, not lost\".", "deductions were made"),
])
def test_firm_excuse_is_negated_without_indicators(sentence: str, words: str) -> None:
    c = _claim(analyse(LEAD + sentence, META), words)
    assert c.polarity == "negated" and not c.indicators


def test_legally_as_the_aim_of_an_infinitive_is_no_excuse() -> None:
    c = _claim(analyse(LEAD + "A labour ministry official said some cleaners had probably been switched to visit visas "
                              "to stay in the kingdom legally.", META), "switched to visit visas")
    assert c.polarity == "affirmed"


def test_employed_legally_is_the_party_s_denial() -> None:
    c = _claim(analyse(LEAD + "A spokesman for Crescent Facility Care said all its cleaners are employed legally and "
                              "paid on time.", META), "employed legally")
    assert c.polarity == "negated"


def test_admitted_delay_keeps_its_reading() -> None:
    c = _claim(analyse(LEAD + "The company's manager said salaries had been \"slightly delayed\" because clients paid late.",
                       META), "slightly delayed")
    assert c.polarity == "affirmed"


def test_worker_words_keep_their_reading() -> None:
    c = _claim(analyse(LEAD + "One cleaner said his wages had been withheld for three months and were "
                              "only paid late when he complained.", META), "One cleaner")
    assert c.polarity == "affirmed" and c.indicators


def test_who_identified_himself_as_speaks_as_the_whole_phrase() -> None:
    text = (LEAD + "The firm did not answer written questions. A man who answered the phone at its Jeddah office "
            "and identified himself as a site supervisor said the passports were kept \"for safety\".")
    a = analyse(text, META)
    src = a.source(_claim(a, "for safety").source)
    assert src is not None and (src.wording or "").startswith("A man who answered the phone")
    assert src.kind == "organization"


@pytest.mark.parametrize("verb", ["landed", "arrived", "returned", "came"])
def test_he_after_a_name_in_a_story_clause(verb: str) -> None:
    text = (f"POKHARA — When Hari Prasad Gurung {verb} home in March, he had 1,200 rupees and a bag of clothes.\n\n"
            "\"For the last four months the company paid us food money only and kept our passports,\" he told the paper.")
    a = analyse(text, META)
    src = a.source(_claim(a, "food money only").source)
    assert src is not None and "Hari Prasad Gurung" in (src.wording or src.canonical or "")
