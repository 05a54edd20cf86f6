"""'X, who ..., said to our correspondent that ...': the one told comes between "said to" and "that", and the
subject speaks; "said to be", "said to have" (hedges) and "said to the men to leave" (an order) are no report."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.source_refs import said_to


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A fisherman, who requested anonymity, said to reporters that the crew had not been paid for months.",
     "A fisherman"),
    ("A nurse at the clinic, who asked not to be named, said to our correspondent on Monday that the men were "
     "locked in.", "A nurse at the clinic"),
    ("A baker, who has lived in Nakhodka for years, said to Radio Primorye that the workers never left the site.",
     "A baker"),
    ("One tenant, who spoke on condition of anonymity, said to us that the women had no passports.", "One tenant"),
])
def test_the_subject_speaks_after_said_to_an_audience(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording.startswith(speaker) and m.cue == "said"


@pytest.mark.parametrize(("verb", "after", "expected"), [
    ("said", "to our correspondent that the men", True),
    ("said", "to reporters on friday that the men", True),
    ("says", "to me that they", True),
    ("said", "to be owed wages", False),
    ("said", "to have fled in may", False),
    ("said", "to number about 300 men", False),
    ("said", "to the workers to stay inside", False),
    ("told", "to the workers that they", False),  # "told" takes its audience without "to"
])
def test_said_to_reads_only_an_audience_before_that(verb: str, after: str, expected: bool) -> None:
    assert said_to(verb, after) is expected


def test_the_quoted_sequel_stays_with_the_neighbour() -> None:
    text = ("Police said three North Korean loggers fled a camp in the Amur region.\n\nA neighbour of the camp, who "
            "requested anonymity, said to our correspondent that the men worked from dawn to dusk. \"They were never "
            "allowed out of the gate,\" she said.\n")
    a = analyse(text)
    neighbour = [a.source(c.source) for c in a.claims if "allowed out" in c.text or "dawn to dusk" in c.text]
    assert len(neighbour) == 2
    assert all(s is not None and s.kind == "anonymous_source" and "neighbour" in (s.wording or "") for s in neighbour)
