"""A speaker who is also the agent of the abuse: "The foreman took all the men's wages and said ..." (the subject
before the first verb speaks, relay_chains._before_first_verb; the cue that runs from the speaker phrase
into the clause is evidence, claims._speaker_match); but an abuse done to the one telling it ("took all our wages and
said ...") is told by the teller (page_voice.acts_on_narrator). Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2024-03-01", "language": "en"}
LEDE = "About 150 North Korean workers are employed at a fish plant in Nakhodka, Russia. "


def _claim(text: str) -> tuple[str | None, set[str]]:
    a = analyse(LEDE + text, META)
    claims = [c for c in a.claims if c.text == text]
    assert len(claims) == 1, text
    source = next(s for s in a.sources if s.key == claims[0].source)
    return source.wording, {h.indicator for h in claims[0].indicators}


@pytest.mark.parametrize(("text", "speaker", "indicator"), [
    ("The foreman took all the men's wages and said it was for the Party.", "The foreman",
     "withholding_of_wages"),
    ("The brigade leader kept their passports and said they would get them back at the airport.",
     "The brigade leader", "retention_of_identity_documents"),
    ("The manager of the Nakhodka plant collected the passports and said they were safe.",
     "The manager of the Nakhodka plant", "retention_of_identity_documents"),
])
def test_the_subject_of_both_verbs_speaks_and_the_abuse_is_evidence(text: str, speaker: str, indicator: str) -> None:
    wording, found = _claim(text)
    assert wording == speaker
    assert indicator in found


def test_an_abuse_done_to_the_teller_is_told_by_the_teller() -> None:
    # "our wages": someone among the workers tells what the foreman did, and what he said; the foreman is no source here
    a = analyse(LEDE + "Kim Chol, 41, spoke to us in Vladivostok. \"The foreman took all our wages and said it was for "
                "the Party,\" he said.", META)
    c = next(c for c in a.claims if "all our wages" in c.text)
    source = next(s for s in a.sources if s.key == c.source)
    assert source.wording == "Kim Chol" and "withholding_of_wages" in {h.indicator for h in c.indicators}
    a = analyse(LEDE + "Kim Chol, 41, spoke to us in Vladivostok. The foreman took all our wages and said it was for "
                "the Party.", META)
    c = next(c for c in a.claims if "all our wages" in c.text)
    source = next((s for s in a.sources if s.key == c.source), None)
    assert source is None or source.wording != "The foreman"


def test_a_cue_inside_the_speaker_description_stays_out() -> None:
    # the speaker phrase describes the worker; it asserts nothing about the plant
    wording, found = _claim("A worker who was beaten last year said the canteen food had improved.")
    assert wording is not None and wording.startswith("A worker who was beaten")
    assert "physical_and_sexual_violence" not in found
