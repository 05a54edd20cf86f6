"""One state body under two descriptions ("Prosecutors in Russia's Tomsk Oblast" then "The Tomsk Oblast
prosecutor's office") is one source, worded by the body's own name; another field ("the Tomsk Oblast migration
directorate"), another place, or one person of the body ("A Tomsk prosecutor") stays apart. Every text is
written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.body_fields import same_state_body
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("np,wording,same", [
    ("The Tomsk Oblast prosecutor's office", "Prosecutors in Russia's Tomsk Oblast", True),
    ("the Kazan police department", "Police in Kazan", True),
    ("The Tomsk Oblast migration directorate", "Prosecutors in Russia's Tomsk Oblast", False),  # another field
    ("The Omsk Oblast prosecutor's office", "Prosecutors in Russia's Tomsk Oblast", False),  # another place
    ("A Tomsk prosecutor", "The Tomsk Oblast prosecutor's office", False),  # one person of it
    ("The National Labour Inspectorate (PIP)", "A PIP inspector", False),
    ("the prosecutor's office", "Prosecutors in Russia's Tomsk Oblast", False),  # no place named: other rules
    ("Russian police", "the Kazan police department", False),  # a country's word is no city
])
def test_same_state_body(np: str, wording: str, same: bool) -> None:
    assert same_state_body(np, wording) is same


def test_prosecutors_then_their_office_is_one_source() -> None:
    text = ("Prosecutors say Chinese farm hands kept behind chained gates\n\n"
            "TOMSK, June 12 - Prosecutors in Russia's Tomsk Oblast say Chinese seasonal workers at leased greenhouses "
            "were kept on the premises for the whole season and paid a fraction of their wages.\n\n"
            "The Tomsk Oblast prosecutor's office said in a statement that inspectors had found 31 workers living in "
            "unheated sheds. Their passports were found in a locked safe in the site office, the statement said.")
    a = analyse(text, META)
    keys = {next(c for c in a.claims if w in c.text).source for w in ("kept on the premises", "unheated sheds",
                                                                       "locked safe")}
    assert len(keys) == 1
    src = a.source(keys.pop())
    assert src is not None and src.kind == "official" and src.wording == "The Tomsk Oblast prosecutor's office"
