"""Probes (s344): a line that only says who spoke to the outlet, how and when ("Nine pickers at the estate spoke to the
Kedah Courier over three days in May.") frames the reporting, and a page's line on what it publishes and for whom
("Delta Radio publishes news for seafarers and their families.") tells of the page: neither is a claim. Near misses:
a speaker with a clause of its own ("Men who were beaten spoke to ..."), a sentence that joins an abuse to the
interview, and workers who speak to their families stay as they were. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import interview_frame
from labourlens.analyse.page_self_notes import page_self_note


@pytest.mark.parametrize("text", [
    "Nine pickers at the estate, owned by Lembah Hijau, spoke to the Kedah Courier over three days in May.",
    "The cook told her story to Delta Radio by phone last week.",
])
def test_reporting_frames(text: str) -> None:
    assert interview_frame.is_frame(text)


@pytest.mark.parametrize("text", [
    "Four men who were beaten by the foremen spoke to the Kedah Courier by phone in May.",
    "The foremen beat four men and they spoke to the Kedah Courier by phone.",
    "The pickers spoke to their families by phone once a month.",
])
def test_accounts_are_no_frames(text: str) -> None:
    assert not interview_frame.is_frame(text)


def test_what_a_page_publishes() -> None:
    assert page_self_note("Delta Radio publishes news for seafarers and their families in Chittagong.")
    assert not page_self_note("The agency publishes job offers that promise wages it never pays.")
