"""Probe of voices in South Asian court summaries (study of a held-out set on bonded labour): the people held, named
"detenues" in habeas corpus orders, speak for themselves ("The detenues stated that ..."), and a pronoun with an
adverb of sequence keeps their voice in the next sentence ("They further said ..."). The order, people and
places are our own."""
from __future__ import annotations

from labourlens.analyse.pipeline import analyse

PAGE = ("Bonded labour case heard in Multan\n\nThe court heard a petition over bonded labour at a brick kiln near "
        "Multan.\n\nThe detenues, questioned in court, stated that they had received no wages for five months. They "
        "further said the kiln clerk warned that the men would be arrested if any family left.\n")


def test_detenues_and_their_further_statement() -> None:
    a = analyse(PAGE, {"published": "2026-01-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    said = [c for c in a.claims if c.text.startswith(("The detenues", "They further"))]
    assert len(said) == 2
    for c in said:
        src = sources.get(c.source)
        assert src is not None and src.kind == "anonymous_source" and "detenues" in src.wording, c.text


def test_pronoun_with_further_keeps_the_voice() -> None:
    page = ("Quarry workers freed in Bundi\n\nBonded labourers were freed from a stone quarry in Rajasthan.\n\n"
            "The labourers stated they were not paid for six months. They further said the manager "
            "had threatened to call the police if anyone left.\n")
    a = analyse(page, {"published": "2026-01-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    c = next(c for c in a.claims if c.text.startswith("They further"))
    src = sources.get(c.source)
    assert src is not None and src.wording.startswith("The labourers")
