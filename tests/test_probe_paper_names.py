"""A newspaper named in its own language ("Folha do Litoral", "Diario do Sul", "Gazeta Lubuska"), perhaps after a
description ("the private weekly ..."), is an outlet and a speaker, even with a particle such as "do" that reads
like an English verb. A capitalised phrase that opens with another word is not. Every text is written for this
test; outlets are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.paper_names import paper_name
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,expected", [
    ("Folha do Norte", True),
    ("Diario do Planalto", True),
    ("the private weekly Folha da Serra", True),
    ("Gazeta Lubuska", True),
    ("Kurier Baltycki", True),
    ("Correio dos Lagos", True),
    ("Harbour Builders do", False),
    ("Maria do Carmo", False),  # a person: no newspaper word
    ("Folha", False),  # one word alone
])
def test_paper_name(phrase: str, expected: bool) -> None:
    assert paper_name(phrase) is expected


@pytest.mark.parametrize("subject", [
    "Folha do Norte", "The regional daily Diario do Planalto", "The private weekly Correio dos Lagos",
    "Gazeta Zachodnia",
])
def test_paper_reports(subject: str) -> None:
    m = find_mention(f"{subject} reported on Friday that 40 workers lived in a fenced yard beside the site.")
    assert m is not None and m.wording == subject and classify(m.wording) == "outlet", m


def test_paper_is_its_own_source() -> None:
    text = ("Builders unpaid\n\nBENGUELA, Angola (Harbour Wire) \u2014 Builders on a hospital site had gone unpaid for "
            "months, two of them said.\n\nThe private weekly Folha do Norte reported on Friday that around 40 foreign "
            "workers lived in a fenced yard beside the site and could not leave.\n")
    a = analyse(text, META)
    yard = next(c for c in a.claims if "fenced yard" in c.text)
    src = a.source(yard.source)
    assert src.kind == "outlet" and "Folha do Norte" in (src.wording or ""), src
