"""Chains of attribution (the issue: "Yonhap reported, citing a source in Dandong" gives the source as
speaker and Yonhap as the relay): a citation after a quotation's speaker, a speaker who cites another,
a body's finding reported by a lawmaker, and a body's figures. People and bodies are invented for the
tests (the National Intelligence Service is South Korea's, as reports name it)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("sentence, speaker, relay", [
    ('"They hand over almost all of their pay," Park said, citing the agency.', "the agency", "Park"),
    ('"They hand over almost all of their pay," Kwon said, citing the agency\'s figures.', "the agency", "Kwon"),
    ("Park said the NIS estimated that the North earns tens of millions of dollars a year.", "the NIS", "Park"),
    ("Rep. Yang Hye-won said the agency had also reported that families sign pledges.", "the agency",
     "Rep. Yang Hye-won"),
    ("Thousands more workers were sent to Russia, according to a lawmaker who cited the National "
     "Intelligence Service on Thursday.", "the National Intelligence Service", "a lawmaker"),
])
def test_the_source_at_the_end_of_the_chain_speaks(sentence: str, speaker: str, relay: str) -> None:
    m = find_mention(sentence)
    assert m is not None and (m.wording, m.relay) == (speaker, relay)
    assert sentence[m.start:m.end] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Park said the workers told him that they were beaten.", "Park"),  # people he reports: his account
    ('"The crews are on two sites in Kazan," Ivanova said, citing subcontractors and documents.',
     "Ivanova"),  # several sources cited at once: the one reporting them
])
def test_chains_that_stay_with_the_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.relay is None


def test_a_briefing_relayed_by_lawmakers_is_one_source() -> None:
    text = ("North Korea has sent thousands more workers to Russia, where they are confined to building sites "
            "and their wages are confiscated, according to a lawmaker who cited the National Intelligence "
            "Service.\n\n"
            '"They hand over almost all of their pay," Rep. Park Min-ho said, citing the agency.\n\n'
            "Park said the NIS estimated that the North earns tens of millions of dollars a year from the "
            "workers.\n\nAccording to Park, the agency said that several workers who tried to flee had been "
            "caught and sent home.\n")
    a = analyse(text, {"published": "2024-05-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    keys = {c.source for c in a.claims}
    assert len(a.claims) == 4 and len(keys) == 1
    source = sources[keys.pop()]
    assert source.kind == "official" and source.wording == "the National Intelligence Service"
