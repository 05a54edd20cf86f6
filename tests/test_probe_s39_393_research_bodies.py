"""Probes (session 39, from heldout393's research groups): a body named by capitalised words ending in "Research" or
"Analytics" ("Bluefen Research", "Tallow Risk Analytics") speaks as a body (``organization``), and so does its short
name later ("Bluefen said ..."), not a piece of research (``document``) nor a person. Near misses: research that is
no body's name ("New research shows", "research by the university") stays a ``document``. Texts written for these
tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

_STORY = """Workers at the Haldor fish plant were kept in a fenced compound, according to Bluefen Research, an Oslo consultancy that tracks seafood sourcing.

In its May briefing, Bluefen said guards walked the workers between the halls and the hostel.

Tallow Risk Analytics says plants in the region took in more transferred workers in 2027 and kept their passports.
"""


def test_a_research_groups_name_is_an_organization() -> None:
    assert classify("Bluefen Research") == "organization"
    assert classify("Tallow Risk Analytics") == "organization"


def test_research_that_names_no_body_stays_a_document() -> None:
    assert classify("New Research") == "document"
    assert classify("research by the university") == "document"


def test_the_groups_claims_are_the_organizations() -> None:
    analysis = analyse(_STORY, {})
    kinds = {s.key: s.kind for s in analysis.sources}
    by_text = {c.text: kinds.get(c.source) for c in analysis.claims}
    assert by_text[next(k for k in by_text if "fenced compound" in k)] == "organization"
    assert by_text[next(k for k in by_text if "guards walked" in k)] == "organization"
