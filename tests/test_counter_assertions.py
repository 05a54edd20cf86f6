"""Negations in the accused party's voice are negated claims (analyse/counter_assertions.py); a worker's or
the page's negation, and one that supports an indicator, keep their reading. Texts written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

LEAD = ("DANDONG, China - North Korean women at the Haiyan seafood plant were locked in their dormitory and paid "
        "nothing for months, two former workers said. ")


def _polarity(sentence: str) -> tuple[str, list[str]]:
    a = analyse(LEAD + sentence, {"published": "2025-03-01"})
    claims = [c for c in a.claims if c.text == sentence]
    assert claims, f"no claim for {sentence!r}"
    return claims[0].polarity, sorted({h.indicator for h in claims[0].indicators})


@pytest.mark.parametrize("sentence", [
    "The plant manager said the company has never held any employee's identity documents.",
    "The provincial commerce bureau said no North Korean citizen works at the plant.",
    "\"We employ no foreign nationals and never have,\" a spokesman for the plant said.",
    "The city's labour department said none of the women had ever asked it for help.",
    "The city's labour department said it had not received a single complaint from the plant.",
    # (s43) an assurance of lawful routine answers the report as a denial does: 38 of the 39 such gold claims in the
    # studied sets are negated (analyse/party_assurances.py)
    "The plant manager said the women were paid every month by bank transfer.",
])
def test_accused_partys_negation_is_negated(sentence: str) -> None:
    assert _polarity(sentence) == ("negated", [])


@pytest.mark.parametrize("sentence,polarity", [
    ("One of the women said she had never seen a contract in her own language.", "affirmed"),
    ("The plant manager said the women were paid by bank transfer.", "affirmed"),
])
def test_other_voices_and_plain_statements_keep_their_reading(sentence: str, polarity: str) -> None:
    assert _polarity(sentence)[0] == polarity


def test_a_partys_negation_that_supports_an_indicator_stays_affirmed() -> None:
    polarity, hits = _polarity("The provincial prosecutor said the women were not allowed to leave the dormitory.")
    assert polarity == "affirmed"
    assert hits == ["restriction_of_movement"]


@pytest.mark.parametrize("sentence,hit", [
    ("The inspectorate said it had not received a single complaint about the plant.", False),
    ("The women had not received a single payment since May, one of them said.", True),
    ("She said she never received a single kopeck for the work.", True),
])
def test_a_single_complaint_is_no_unpaid_wage(sentence: str, hit: bool) -> None:
    from labourlens.analyse import indicators

    assert ("withholding_of_wages" in {h.indicator for h in indicators.match(sentence).hits}) is hit
