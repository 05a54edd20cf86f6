"""Probes (session 34, lead, from heldout360's study): a case's description line under its number ("Kenyan woman, 31,
domestic work, Jeddah.") is no claim; a worker who kept their own passport ("I kept my passport") is no retention; a
worker warned never to mention something to buyers is intimidated; a worker pushed
into or against something, or an object thrown at a colleague, is violence. Near misses keep what they had. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.claim_filters import list_or_question_line
from labourlens.analyse.pipeline import analyse


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence, 0).hits}


_CASES = """SAFE PASSAGE CENTRE
Case notes, first quarter 2026

Three of this quarter's cases are summarised below.

Case 1. Kenyan woman, 31, domestic work, Jeddah.
She said her employer kept her passport and paid her nothing for five months.

Case 2. Ugandan man, 26, construction, Riyadh.
He worked 14-hour shifts and his foreman held his residence card.
"""


def test_a_case_description_line_is_no_claim() -> None:
    texts = [c.text for c in analyse(_CASES, {}).claims]
    assert not any(t.startswith(("Kenyan woman", "Ugandan man")) for t in texts)
    assert any("kept her passport" in t for t in texts)
    assert any("held his residence card" in t for t in texts)


@pytest.mark.parametrize(("line", "expected"), [
    ("Kenyan woman, 31, domestic work, Jeddah.", True),
    ("Sri Lankan man, 38, pipe fitting, Muscat.", True),
    ("Kenyan woman, 31, was beaten by her employer.", False),  # a verb: a sentence that tells something
    ("Two boys, aged 14 and 15, were cutting cane.", False),
])
def test_case_description_lines(line: str, expected: bool) -> None:
    assert list_or_question_line(line) is expected


@pytest.mark.parametrize(("sentence", "kind", "present"), [
    ("In the end I kept my passport all through the season.", "retention_of_identity_documents", False),
    ("We kept our passports.", "retention_of_identity_documents", False),
    ("The boss kept my passport in his desk.", "retention_of_identity_documents", True),
    ("Line leaders warned the welders never to mention the fees to the buyers.", "intimidation_and_threats", True),
    ("The guide told us to say hello to the visitors.", "intimidation_and_threats", False),
    ("The foreman pushed me against the wall when I was slow.", "physical_and_sexual_violence", True),
    ("The supervisor once threw a spanner at a colleague.", "physical_and_sexual_violence", True),
    ("The supervisor threw a party for a colleague.", "physical_and_sexual_violence", False),
])
def test_cues(sentence: str, kind: str, present: bool) -> None:
    assert (kind in _kinds(sentence)) is present


def test_an_unofficial_translation_credit_is_a_byline_and_names_the_translator() -> None:
    text = ("Committee record (extract)\n\nUnofficial English translation from Korean by Han Seo-yun, for the Busan "
            "Migrant Desk. Only the exchanges on fees are included.\n\nMEMBER KIM: Several welders from the yard told my office that "
            "the broker kept their passports and that they were beaten when they asked for their wages.\n")
    a = analyse(text, {})
    assert a.meta.translator == "Han Seo-yun"
    assert not any("translation" in c.text for c in a.claims)
    assert any("kept their passports" in c.text for c in a.claims)
