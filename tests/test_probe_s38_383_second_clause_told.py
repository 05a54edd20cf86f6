"""Probes (session 38, from heldout383's speaker misses): a worker's account whose second clause tells what a boss told
the workers ("We got a small sum up front, and the boss told us the balance would come later") names no speaker for
the sentence: the phrase "and the boss" is no source, and the "he" who speaks next goes back to the worker quoted
before. A near miss: a sentence whose subject is the boss himself ("The boss told them ...") keeps him.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import wordings_by_claim

_ACCOUNT = """Migrant workers from Tajikistan say a subcontractor in Kazan kept their passports.

Ali Karimov said the crew was offered 80,000 roubles monthly.
In reality they got 12,000 roubles as an advance, and the boss told them the balance would come in spring. He added that nobody on the crew has had a whole month's pay since November.
"""

_FOREMAN = """Migrant workers from Tajikistan say a subcontractor in Kazan kept their passports.

Ali Karimov said the crew was offered 80,000 roubles monthly. The boss told them the balance would come in
spring, Karimov said.
"""



def test_a_second_clause_telling_is_no_source() -> None:
    speakers = wordings_by_claim(_ACCOUNT)
    assert not any((w or "").lower().startswith("and ") for w in speakers.values())
    assert speakers[next(k for k in speakers if "whole month" in k)] == "Ali Karimov"


def test_a_sentence_whose_subject_tells_keeps_its_speaker() -> None:
    speakers = wordings_by_claim(_FOREMAN)
    told = speakers[next(k for k in speakers if "balance would come" in k)]
    assert told is not None and not told.lower().startswith("and ")
