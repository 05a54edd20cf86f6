"""Voices in an NGO briefing's numbered findings and its company replies: a counted group that told the page
something in the second clause of a sentence ("Workers may change jobs freely, yet 23 drivers told us ...") speaks
for it; and a point's run-in heading made of a noun and a participle ("4. Fees charged. ...") is no claim. Every text is written for this test;
the group, firms and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-10-01", "language": "en"}

BRIEF = """HARBOUR LIGHT WORKERS' CENTRE
Drivers on Agency Contracts in Kuwait

Key findings

1. Pay. Forty of the 80 drivers said their wages came late at least twice last year.

2. Fees charged. The fees charged to the 40 drivers ran from KD 300 to KD 450 each.

3. Moving on. Drivers may now change employer without the old employer's consent, yet 23 drivers told us their agency refused to release them after they tried to switch.

Company responses

Ironcrest Security said that late salaries "were the fault of a client" and had since been paid.
"""


def test_counted_group_in_the_second_clause_speaks() -> None:
    a = analyse(BRIEF, META)
    c = next(c for c in a.claims if "refused to release them" in c.text)
    src = a.source(c.source)
    assert src is not None and src.kind == "anonymous_source" and src.wording == "23 drivers"


def test_noun_and_participle_heading_is_no_claim() -> None:
    a = analyse(BRIEF, META)
    assert not any(c.text.strip() == "Fees charged." for c in a.claims)
    assert any("fees charged to the 40 drivers" in c.text for c in a.claims)
