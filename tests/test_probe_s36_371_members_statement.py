"""A members' body's or a group's statement set out in numbered points (a study of s36 on a held-out set; every text
here is written for this test, with fictional bodies): "Federation of Baltic Timber Buyers responds to ..." under
"STATEMENT" speaks as the federation (``organization``) in its own voice, as a prose statement does; a firm's numbered
statement ("Orvik Timber Ltd responds to ...") still reads as a formal document."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

STATEMENT = """STATEMENT

{body} responds to the "Bark and Bond" report

Tallinn, 4 May 2026

The report alleges that migrant loggers at two sawmills in Latgale were housed in locked cabins and paid under a third of the legal minimum wage.

{short} takes these allegations seriously and wishes to say the following.

1. Neither sawmill named in the report supplies any of our members. Our members do not buy timber from Latgale.

2. {short} disputes the report's claim that buyers knowingly profit from coerced work. We have found no sign that any member has bought timber cut with forced labour.
"""


def _last_kind(body: str, short: str) -> str | None:
    """The kind of the speaker of the statement's last sentence, said in its own voice."""
    a = analyse(STATEMENT.format(body=body, short=short), {})
    src = a.source(a.claims[-1].source) if a.claims else None
    return src.kind if src is not None else None


@pytest.mark.parametrize(("body", "short"), [
    ("Baltic Timber Buyers' Association (BTBA)", "BTBA"),
    ("Nordic Forest Products Association", "The association"),
    ("Forest Trade Alliance", "The alliance"),
])
def test_a_members_body_speaks_as_an_organization(body: str, short: str) -> None:
    assert _last_kind(body, short) == "organization"


def test_a_firms_numbered_statement_stays_a_document() -> None:
    assert _last_kind("Orvik Timber Ltd", "Orvik Timber") == "document"
