"""Probe of a firm's person introduced by a role at the (sub)contractor (RC): "A manager at the subcontractor,
Liang Wenbo" is the firm's manager given as such (``organization``, README: a company's named managers
speak for it), not a person who is the subcontractor. Every phrase is written for this test; companies and
people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import speaker_kinds
from labourlens.analyse.speakers import classify


def _kind(text: str) -> str | None:
    return speaker_kinds.kind_of(text.split(",")[0], text, classify)


@pytest.mark.parametrize("text", [
    "A manager at the subcontractor, Chen Guolin",
    "A site manager at the contractor, Pavel Orlov",
    "A manager for the subcontractor, Amina Yusuf",
])
def test_role_at_the_contractor_speaks_for_the_firm(text: str) -> None:
    assert _kind(text) == "organization"


@pytest.mark.parametrize(("text", "kind"), [
    # negative controls: a person who is the subcontractor, and the firm by its name
    ("a Russian subcontractor, Dmitry Sokolov", "named_person"),
    ("The contractor, Huaxin Road & Bridge", "organization"),
    ("A former manager at the subcontractor, Chen Guolin", None),
])
def test_contractor_phrases_unchanged(text: str, kind: str | None) -> None:
    assert _kind(text) == kind
