"""A firm's head named after the role with the workplace ("The factory owner, Li Wen", "The site manager, Oleg
Fedin") speaks for the firm as the same person does when the name comes first ("Oleg Fedin, the site
manager"): ``organization`` (README, Quality). A bare "The owner, X" or "The director, X", a former head, and
an unnamed one stay with the other rules. Names are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("The factory owner, Li Wen", "organization"),
    ("The site manager, Oleg Fedin", "organization"),
    ("the plant director, Anna Sokol", "organization"),
    ("The camp manager, Pak", "organization"),
    ("The workshop owner, Bat-Erdene Tsog", "organization"),
    ("The restaurant manager, Mr. Jo", "organization"),
    # stay as they were
    ("The owner, Kang", "named_person"),
    ("The director, Viktor Ham", "named_person"),
    ("The former factory owner, Li Wen", "named_person"),
    ("The workshop owner, who asked not to be named", "anonymous_source"),
    ("The site manager, a Russian citizen", "anonymous_source"),
])
def test_role_first_firm_heads(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_in_a_report() -> None:
    text = ("Seamstresses in Ulaanbaatar\nNorth Korean women sew coats in a workshop in Ulaanbaatar, inspectors say.\n\n"
            "The workshop owner, Bold Ganzorig, denied employing North Korean workers. \"These women are "
            "trainees and they are paid like everyone else,\" he said.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "denied employing" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "organization" and "Bold Ganzorig" in (s.wording or "")
