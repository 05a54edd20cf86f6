"""Probes (session 41, from heldout414's press release): a firm's press release set out in numbered points speaks as
the firm (``organization``), as any release does: a release is an announcement to the press, not a document of
record. Near miss: a "STATEMENT BY ..." heading over numbered points keeps reading as a formal document. Texts written
for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.document_voice import document_voice

BODY = """

Ravensholt Textiles responds to newspaper article on its Gebze plant

BURSA, 3 March 2026 - Ravensholt Textiles AS answers a weekly paper's piece from last week.

1. The plant employs 900 people, of whom 40 came through an agency in Izmir.

2. The company holds no worker's passport. Workers keep their own papers.

3. Wages are paid into workers' own bank accounts each month.
"""


@pytest.mark.parametrize("head", ["PRESS RELEASE", "NEWS RELEASE", "PRESS STATEMENT"])
def test_a_release_in_numbered_points_speaks_as_the_firm(head: str) -> None:
    voice = document_voice(head + BODY)
    assert voice is not None and voice.speaker_kind == "organization"


def test_a_formal_statement_in_numbered_points_stays_a_document() -> None:
    voice = document_voice("STATEMENT BY RAVENSHOLT TEXTILES AS\n" + BODY)
    assert voice is not None and voice.speaker_kind == "document"
