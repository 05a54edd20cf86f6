"""Probes (session 33, s350 study): denials in a reply's own words. A speaker who does not know of any or site
doing the thing denies it; workers who "were never forced to" (or made, compelled to) do a task are denied force, in
or out of a quoted phrase; a firm that rejects a paper's or a union's statement that something happened denies it; an
audit that found no concerns regarding the shifts denies the overtime. Near misses stay affirmed: a worker who was
never told what she would pay (deception), a worker who did not know where her passport was, a statement accepted,
an audit that found issues. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

_LEAD = ("Migrant cleaners in Lisbon say their passports were taken and their wages withheld, according to the "
         "Tagus Workers Centre. ")


def _polarity(sentence: str) -> str:
    claims = [c for c in analyse(_LEAD + sentence, {}).claims if c.start >= len(_LEAD)]
    assert claims, sentence
    return claims[0].polarity


@pytest.mark.parametrize("sentence", [
    "Its director said she didn't know of any partner agency keeping the cleaners' papers.",
    'A site manager said the cleaners were "never forced to clean" on their rest days.',
    "We reject the union's statement that cleaners who spoke up got threats of dismissal.",
    'The buyer, Harrow Sports, said its social audit had found "no concerns regarding working hours" at its plant.',
])
def test_denials_in_a_replys_words_are_negated(sentence: str) -> None:
    assert _polarity(sentence) == "negated"


@pytest.mark.parametrize("sentence", [
    "Ana said she was never told she would pay a fee for the flight.",
    "Ana said she did not know where the agency kept her passport.",
    "The firm accepted the union's statement that cleaners had been threatened with dismissal.",
    "The buyer said its audit found issues with overtime at the plant, where shifts ran to 16 hours.",
])
def test_near_misses_stay_affirmed(sentence: str) -> None:
    assert _polarity(sentence) == "affirmed"
