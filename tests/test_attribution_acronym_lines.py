"""An acronym's expansion never runs over a line break: a heading above the sentence that defines it is
not part of the body's name (texts written for these tests)."""

from __future__ import annotations

from attribution_helpers import who


def test_a_heading_above_the_definition_does_not_change_the_kind() -> None:
    text = ("ENFORCEMENT NOTICE — SUMMARY\n\nThe Department of Labour Standards (DLS) today fined two agencies.\n\n"
            "According to DLS, the agencies kept the passports of 40 fishermen.\n")
    src = who(text, "kept the passports")
    assert src is not None and src.kind == "official" and src.wording == "DLS"


def test_a_report_heading_stays_a_document_when_the_report_is_named() -> None:
    text = ("ANNUAL REPORT\n\nThe Fair Harbour Initiative (FHI) surveyed 60 crews.\n\n"
            "According to FHI, most crews were paid once a season.\n")
    src = who(text, "paid once a season")
    assert src is not None and src.kind == "organization"
