"""A person given by a state body's proper name and a state role ("A Manpower Authority official", "an Immigration
Service officer") speaks for the state (official), and "he" after it goes back to that official, not to an
earlier source; a firm's "official" stays with the firm. Every text is written for this test; people and firms are fictional (places and
state institutions are real or plausible)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}
H = "Labour camp raided\nPolice raided a labour camp housing North Korean workers on Tuesday.\n"


@pytest.mark.parametrize("phrase,kind", [
    ("A Manpower Authority official", "official"),
    ("an Immigration Service officer", "official"),
    ("A Shipping Authority spokesman", "official"),
    ("two Labour Inspectorate inspectors", "official"),
    ("A Manpower Authority official, speaking on condition of anonymity", "anonymous_source"),
    ("A Hyundai Heavy Industries official", "organization"),
])
def test_a_state_bodys_named_role(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_pronoun_goes_back_to_the_body_official() -> None:
    text = (H + "A guard told the Gulf Ledger the men were locked in at night. "
            "A Public Works Authority official, speaking on condition of anonymity, said the North Korean men had "
            "worked seven days a week. He said several had untreated injuries and no wages for months.")
    a = analyse(text, META)
    last = next(c for c in a.claims if "untreated injuries" in c.text)
    src = a.source(last.source)
    assert src is not None and src.kind == "official" and src.wording == "A Public Works Authority official"
