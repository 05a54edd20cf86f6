"""Papers in a foreign language with nobody to translate them are an abuse of vulnerability, and a
threat "with a fabricated case" is a threat, not a denial (probe study-291). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges, indicators
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("sentence", [
    "She said the agreement she signed at the airport was in Turkish and there was no translator.",
    "He said the forms were in Chinese and no interpreter was in the room.",
])
def test_papers_in_a_language_unread(sentence: str) -> None:
    assert any(h.indicator == "abuse_of_vulnerability" for h in indicators.match(sentence, 0).hits)


def test_papers_in_a_language_read_are_not() -> None:
    hits = indicators.match("The contract was in English and he read it twice before signing.", 0).hits
    assert not any(h.indicator == "abuse_of_vulnerability" for h in hits)


def test_a_fabricated_case_as_a_threat_is_no_denial() -> None:
    s = "In 80 calls, workers reported being threatened with deportation or with a fabricated theft charge."
    assert hedges.denial_cue(s) is None
    assert hedges.denial_cue("The agency said the stories were fabricated.") is not None


def test_threat_of_a_fabricated_case_keeps_its_indicator() -> None:
    text = ("Migrant hotline summary\n\nThe hotline received 700 calls from migrant workers in Poland in the spring. "
            "In 80 calls, workers reported being threatened with deportation or with a fabricated theft charge.\n")
    a = analyse(text, {"published": "2026-06-01", "language": "en"})
    c = next(c for c in a.claims if "threatened with deportation" in c.text)
    assert c.polarity != "negated" and any(h.indicator == "intimidation_and_threats" for h in c.indicators)
