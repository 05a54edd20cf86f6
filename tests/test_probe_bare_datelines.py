"""A bare dateline ("KITWE — ", "NEW DELHI - ") opening the first sentence is no part of its speaker, even when the
speaker phrase is long ("KITWE — Zambian workers at an open-pit copper mine run by a contractor on the
Copperbelt say ..."); a speaker phrase in capitals that is not followed by a dash keeps its words. Every text
is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.wire_datelines import without_dateline

META = {"published": "2026-10-01", "language": "en"}


@pytest.mark.parametrize("lead", ["KITWE \u2014 ", "NEW DELHI - ", ""])
def test_long_speaker_after_bare_dateline(lead: str) -> None:
    text = (lead + "Zambian workers at an open-pit copper mine run by a Chinese contractor on the Copperbelt say the "
            "company withholds a quarter of their pay as a bond, which they lose if they resign.")
    a = analyse("Miners say contractor keeps wages\n\n" + text, META)
    c = next(c for c in a.claims if "withholds a quarter" in c.text)
    s = a.source(c.source)
    assert s is not None and (s.wording or "").startswith("Zambian workers"), (s.wording if s else None)


def test_no_dateline_left_alone() -> None:
    text = "UNICEF said the children were sent to work on cocoa farms."
    m = find_mention(text)
    assert without_dateline(m, text) == m
