"""A firm's chief named before the role and the person after it, the firm's name bare (probe diag37-h):
"Noordkust chief executive Marleen Bosma said ..." speaks for the firm, as "Harbour Foods chief executive Ana
Ruiz" does; a place or a group's name before the role, or a role that groups have as well ("director"), keeps the
person. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("Veldhaven chief executive Sanne Kuipers", "organization"),
    ("Veldhaven CEO Sanne Kuipers", "organization"),
    ("Ostrobalt managing director Piotr Nowak", "organization"),
    ("Harbour Foods chief executive Ana Ruiz", "organization"),
    ("Labour Watch chief executive Ana Ruiz", "named_person"),  # a group's head speaks as a person
    ("Gdansk chief executive Ana Ruiz", "named_person"),  # a place, not a firm
    ("Chief executive Sanne Kuipers", "named_person"),  # no firm named
])
def test_kinds(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_firm_chief_speaks_and_is_named_again() -> None:
    text = ("Dutch yard questioned over welders\nNorth Korean welders built hull blocks bought by a Dutch yard.\n\n"
            "Veldhaven chief executive Sanne Kuipers said the company had never known that the welders' passports "
            "were taken. \"We did not know that the men were unpaid,\" Kuipers said.\n")
    a = analyse(text, META)
    kinds = {a.source(c.source).kind for c in a.claims if "passports" in c.text or "unpaid" in c.text}  # type: ignore[union-attr]
    assert kinds == {"organization"}
