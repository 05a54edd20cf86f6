"""A company statement whose issuer is named on the line under a bare "STATEMENT" heading, before "statement
regarding ..." or "regarding ..." ("Orion Freight Ltd \u2014 statement regarding media reports", "Kestrel Foods
JSC (Qingdao) regarding publications about workers"), speaks as that company in every sentence, the ones that
do not name it too. Firms and places are invented for the tests (places are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.document_voice import document_voice

BODY = ("\n\nRiga, 3 May 2022\n\nThe Company rejects the suggestion that any worker at its yard is held against their "
        "will. Every worker keeps his own passport. Wages are paid into personal bank accounts each month.\n")


@pytest.mark.parametrize(("heading", "wording"), [
    ("STATEMENT\n\nOrion Freight Ltd \u2014 statement regarding media reports on foreign workers", "Orion Freight"),
    ("STATEMENT\n\nKestrel Foods JSC (Qingdao, Shandong) regarding publications about foreign workers", "Kestrel Foods"),
    ("PRESS STATEMENT\n\nAmberley Shipyards GmbH: statement on recent reports", "Amberley Shipyards"),
    ("STATEMENT\nTern Offshore Sp. z o.o. \u2013 Statement concerning a television report", "Tern Offshore"),
])
def test_the_issuer_under_a_bare_heading_speaks(heading: str, wording: str) -> None:
    voice = document_voice(heading + BODY)
    assert voice is not None and voice.kind == "statement" and voice.wording == wording
    spoken = [src for t, src in speakers_of(heading + BODY) if "passport" in t or "bank accounts" in t]
    assert len(spoken) == 2 and all(s is not None and s.wording == wording for s in spoken)


@pytest.mark.parametrize("heading", [
    "STATEMENT\n\nMinistry of Labour \u2014 statement regarding foreign workers",  # no legal name: not this shape
    "Orion Freight Ltd \u2014 statement regarding media reports",  # no bare heading above it
    "STATEMENT\n\nWorkers at Orion Freight Ltd say they were never paid",  # a news line, not a heading
])
def test_other_lines_do_not_make_a_company_statement(heading: str) -> None:
    assert document_voice(heading + BODY) is None
