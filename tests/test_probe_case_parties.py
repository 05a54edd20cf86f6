"""A case summary whose case name opens a line with its parties about "v" and the forum and the date after a dash
(probe study-304): an employer's appeal names the firm first, so the firm is the respondent and the person named
against it the complainant, whichever side of "v" each stands. Every text is written for this test; people, firms and
the digest are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import wording_and_kind

META = {"published": "2026-05-03", "language": "en"}

CASE = """NORTHERN WORKPLACE LAW DIGEST
Short notes of recent decisions | Posted 3 May 2026

Harbour Bakeries Ltd v Aiko Tanaka — Employment Appeals Board, Decision 2026/118, 28 April 2026

Summary

The Complainant, a Japanese national, worked as a pastry cook at the Respondent's bakery in Leith from 2023 to 2025 on a skilled worker visa. The Respondent appealed.

The Complainant gave evidence that she worked eleven hours a day and was paid for eight. She said the owner had kept her residence card in a locked drawer for a year.

The Respondent's position was that Ms Tanaka never worked more than 40 hours a week.
"""


def test_the_complainant_named_in_the_case_is_a_named_person() -> None:
    a = analyse(CASE, META)
    assert wording_and_kind(a, "eleven hours a day") == ("The Complainant", "named_person")


def test_the_respondent_named_first_as_a_firm_is_the_firm() -> None:
    a = analyse(CASE, META)
    assert wording_and_kind(a, "never worked more than 40 hours")[1] == "organization"


def test_a_case_between_two_people_changes_no_kind() -> None:
    # control: no firm among the parties, so neither the respondent nor the complainant is read from the case name
    a = analyse(CASE.replace("Harbour Bakeries Ltd", "Moira Sinclair"), META)
    assert wording_and_kind(a, "eleven hours a day")[1] != "named_person"
    assert wording_and_kind(a, "never worked more than 40 hours")[1] != "organization"
