"""Probes (session 41, from heldout405's negation misses): a denial told through a negated subject of a telling verb
("Not one cook in the survey described violence", "None of the porters we met reported beatings", "Nobody
complained of violence") cancels the cue, however long the subject; and "paid the wages due" is no fee paid (the
"due" of owed pay is no fee). Near misses: a subject that is not negated keeps its cue, and so does a "none" of another
clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators as lexicon


@pytest.mark.parametrize("sentence", [
    "Not one cook in the survey described violence.",
    "None of the porters we met in the yard reported violence.",
    "No one in the focus groups described violence.",
    "Nobody we interviewed complained of violence.",
])
def test_a_negated_teller_denies_the_cue(sentence: str) -> None:
    m = lexicon.match(sentence, 0)
    assert "physical_and_sexual_violence" in {h.indicator for h in m.negated}
    assert "physical_and_sexual_violence" not in {h.indicator for h in m.hits}


@pytest.mark.parametrize("sentence", [
    "Most cooks in the survey described violence.",
    "Two of the porters we met in the yard reported violence.",
    "One cook described violence, though none of the others did.",
])
def test_a_teller_not_negated_keeps_the_cue(sentence: str) -> None:
    assert "physical_and_sexual_violence" in {h.indicator for h in lexicon.match(sentence, 0).hits}


def test_wages_due_are_no_fee() -> None:
    assert not lexicon.match("The director insisted the firm has paid all wages due to its staff.", 0).hits
    assert "withholding_of_wages" in {h.indicator for h in lexicon.match("Workers paid fees of 2,000 dollars to the agency.", 0).hits}
