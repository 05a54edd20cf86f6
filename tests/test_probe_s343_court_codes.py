"""Probes (s343): a witness named only by the court's code for the party that called them ("PW1 testified that",
"PW2 testified the women", "DW1, the driver, testified that") is a person whose name the report keeps back
(``anonymous_source``), each witness a source of their own. Near misses: a model number is no witness; a witness
with a name stays named. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.speakers import classify
from probe_helpers import speakers_by_opening

_CASE = (
    "COASTAL LAW DIGEST \u2014 Case notes\n\nState v. Kelechi Odum\n\n"
    "The prosecution called four witnesses. PW1 testified that the accused took her passport on arrival in Lome and "
    "told her she owed two million naira. PW2 testified the women were locked in a flat and beaten when "
    "they refused to work.\n"
)


def test_witness_codes_are_unnamed_witnesses() -> None:
    found = speakers_by_opening(_CASE, 20)
    assert found["PW1 testified that t"] == ("PW1", "anonymous_source")
    assert found["PW2 testified the wo"] == ("PW2", "anonymous_source")


def test_near_misses() -> None:
    assert classify("DW100") != "anonymous_source"
    assert classify("Grace Obi") == "named_person"
