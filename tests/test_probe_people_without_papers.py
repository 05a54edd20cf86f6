"""People described by what they lack (probe study300): "Workers without contracts", "Migrants without papers" are
people speaking (``anonymous_source``), not the documents they lack; "Contracts without signatures" stays a document.
Examples are written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("np,kind", [
    ("Workers without contracts", "anonymous_source"),
    ("Migrants without papers", "anonymous_source"),
    ("Pickers without work permits", "anonymous_source"),
])
def test_people_without_documents(np: str, kind: str) -> None:
    assert classify(np) == kind
    assert classify("Contracts without signatures") == "document"
