"""Speaker wordings are noun phrases: no trailing adverbs, no relative-clause heads, no
whole clauses; "It" takes the wording of the document named before."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-05-01", "language": "en"}


@pytest.mark.parametrize(
    "sentence, wording",
    [
        ("A 2021 report by the Amur Labour Centre nevertheless found that loggers were unpaid.",
         "A 2021 report by the Amur Labour Centre"),
        ("The inspectorate however said the dormitories were locked at night.", "The inspectorate"),
        ("An earlier study by the Steppe Institute meanwhile documented 16-hour shifts.",
         "An earlier study by the Steppe Institute"),
        ("The same defector too said the brigade leader kept the passports.", "The same defector"),
        ("A second trader separately told reporters that wages went to Pyongyang.", "A second trader"),
    ],
)
def test_trailing_adverbs_are_not_part_of_the_speaker(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording
    assert sentence[m.start : m.end] == wording


@pytest.mark.parametrize(
    "sentence, wording",
    [
        ("The factory, which the source said employs 300 women, locks the gates at night.", "the source"),
        ("The dormitory, which a former worker described as a container yard, had no heating.",
         "a former worker"),
        ("The plant, which two traders said belongs to a state company, runs night shifts.", "two traders"),
    ],
)
def test_relative_clause_subject_speaks(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording
    assert sentence[m.start : m.end] == wording


@pytest.mark.parametrize("noun", ["briefing", "report", "study", "paper"])
def test_it_takes_the_document_named_before(noun: str) -> None:
    text = (
        f"North Korean workers abroad.\n\nThis {noun} is based on interviews with nine former loggers from "
        "North Korea. It documents conditions that meet several indicators of forced labour, including "
        "retention of identity documents and withheld wages."
    )
    result = analyse(text, META)
    claim = next(c for c in result.claims if c.text.startswith("It documents"))
    src = result.source(claim.source)
    assert src is not None and src.wording == f"This {noun}"
    assert src.kind == "document"


def test_it_after_a_named_report_reuses_it() -> None:
    text = (
        "North Korean workers abroad.\n\nA 2022 report by the Taiga Rights Desk described logging camps. "
        "It documents conditions in which workers were beaten and their passports confiscated."
    )
    result = analyse(text, META)
    keys = {c.source for c in result.claims if not c.text.startswith("North Korean workers abroad")}
    assert len(keys) == 1
    src = result.source(keys.pop())
    assert src is not None and src.wording == "A 2022 report by the Taiga Rights Desk"


@pytest.mark.parametrize(
    "sentence",
    [
        "It documents conditions that meet several indicators, including retention of identity documents.",
        "This documents abuses that include the seizure of travel documents.",
    ],
)
def test_no_clause_as_speaker(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or len(m.wording.split()) <= 3


@pytest.mark.parametrize("company", ["Amur Stroy", "Tayga Trans Group", "Primorye Fishing Company"])
def test_it_takes_the_company_named_in_the_sentence_before(company: str) -> None:
    text = (
        f"North Korean workers abroad.\n\n{company} hired 30 North Korean welders last year. "
        "It said the workers were paid in full."
    )
    result = analyse(text, META)
    claim = next(c for c in result.claims if c.text.startswith("It said"))
    src = result.source(claim.source)
    assert src is not None and src.wording == company
