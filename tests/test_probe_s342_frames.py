"""Probes (s342): a page's frame lines. An enforcement case summary's header fields ("Employers: X (grower) and Y
(contractor)"), a show's credit line ("A podcast from the Harbour Carers Network (Halifax).") and a host's lead-in to a
recording ("We received a recorded message from a listener.") tell of no one's work. Near misses: a header field that
names an abuse, a podcast that "found" something and a message that "says" something are read. Texts written for
these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.page_self_notes import page_self_note
from labourlens.analyse.record_fields import field_frame


@pytest.mark.parametrize("line", [
    "Employers: Birchwood Farms Inc. (grower) and Hillside Crews LLC (farm labor contractor)",
    "Period reviewed: May to October 2025",
])
def test_case_summary_header_fields(line: str) -> None:
    assert field_frame(line)


@pytest.mark.parametrize("sentence", [
    "A podcast from the Harbour Carers Network (Halifax).",
    "A weekly newsletter by the Orchard Workers Centre.",
    "[01:10] HOST: We received a recorded message from a listener.",
])
def test_credit_and_lead_in_lines(sentence: str) -> None:
    assert page_self_note(sentence)


@pytest.mark.parametrize("sentence", [
    "A podcast from the union found that workers were beaten.",
    "We have a message from the ministry saying the workers were paid.",
    "We have a message from a picker who says she was beaten.",
])
def test_near_misses(sentence: str) -> None:
    assert not page_self_note(sentence)
