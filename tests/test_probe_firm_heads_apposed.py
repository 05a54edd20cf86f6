"""A firm's executive named after the role and the firm ("The director of Amur Stroy, Vadim Kuchinsky", "the
general manager of PetroBuild, Ms Ana Ruiz") speaks for the firm (``organization``), as the same person named
first ("Vadim Kuchinsky, director of Amur Stroy") does; the director of a rights group or a state body does not
become the firm's. A press service or press office "of" a firm speaks for the firm, one of a ministry for the
state. Every text is written for this test; people and firms are fictional (places and state bodies are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-01-10", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("The director of Amur Stroy, Vadim Kuchinsky", "organization"),
    ("The director of KrasMontazh, Oleg Pavlov", "organization"),
    ("the general manager of PetroBuild, Ms Ana Ruiz", "organization"),
    ("Vadim Kuchinsky, director of Amur Stroy", "organization"),
    ("The director of Human Rights Watch, Ana Ruiz", "named_person"),
    ("the former director of Amur Stroy, Ana Ruiz", "named_person"),
    ("The director of the State Labour Inspectorate, Ana Ruiz", "official"),
    ("The press service of the developer", "organization"),
    ("the press office of Amur Stroy", "organization"),
    ("the press service of the Interior Ministry", "official"),
    ("the press service of the regional government", "official"),
])
def test_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_director_speaks_for_the_firm_through_the_text() -> None:
    text = ("Unpaid builders in Omsk\n\nMigrant workers from Tajikistan say the subcontractor, OOO KrasMontazh, has "
            "not paid them for four months.\n\nThe director of KrasMontazh, Oleg Pavlov, told the paper by phone "
            "that the company \"does not deny the debt\". \"Nobody holds their passports,\" he said.\n")
    a = analyse(text, META)
    for frag in ("does not deny the debt", "Nobody holds"):
        c = next(c for c in a.claims if frag in c.text)
        s = a.source(c.source)
        assert s is not None and s.kind == "organization" and "Pavlov" in (s.wording or ""), (s.wording, s.kind) if s else None
