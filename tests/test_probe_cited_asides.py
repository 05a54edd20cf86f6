"""An outlet or paper that "cited another source, in Pyongyang, who said ..." relays that source: the one cited speaks
after an aside on where they are ("in", "based in", "living in") as after one on how they were met, and "another"
opens the cited speaker as "a" does (``speaker_cues.QUOTES_WHO``)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

FIRST = ("Seamstresses at a knitwear plant outside Hunchun are locked in their dormitory at night and their pay is "
         "withheld, a source in China told the Evening Kestrel.\n\n")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Evening Kestrel cited a second source, in Chongjin, who said each trading company had been ordered to "
     "hand over 150,000 yuan taken from the women's wages.", "a second source"),
    ("The paper cited another source, based in Hyesan, who said each trading company had been ordered to hand over "
     "150,000 yuan taken from the women's wages.", "another source"),
    ("The paper also cited a cook, living in Rason, who said the women were forced to work through public holidays.",
     "a cook"),
])
def test_the_cited_source_speaks_after_an_aside(sentence: str, speaker: str) -> None:
    a = analyse(FIRST + sentence, {"published": "2026-03-02"})
    sources = {s.key: s for s in a.sources}
    last = [c for c in a.claims if c.text.startswith(sentence[:30])]
    assert last, "the sentence is a claim"
    src = sources.get(last[0].source)
    assert src is not None and src.wording.startswith(speaker), (last[0].source, src)
    assert src.kind == "anonymous_source"
