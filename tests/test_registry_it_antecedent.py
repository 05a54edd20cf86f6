""" "It said" with no source registered before: the nearer of the last document and the last
organisation named (texts written for these tests)."""

from __future__ import annotations

from attribution_helpers import who
from labourlens.analyse.antecedents import it_antecedent


def test_the_organisation_in_the_last_sentence_beats_an_older_document() -> None:
    context = ("A foreman with a logbook counts the men in and out. "
               "We asked the Ministry of Labour and Social Protection about the men. ")
    assert it_antecedent(context) == "Ministry of Labour and Social Protection"


def test_a_document_named_after_the_organisation_wins() -> None:
    context = "Harbour Crewing Ltd sent us a copy. The leaked contract shows a fee of 900 dollars. "
    assert it_antecedent(context) == "The leaked contract"


def test_only_a_document() -> None:
    assert it_antecedent("Researchers obtained a handwritten ledger last year. ") == "a handwritten ledger"


def test_nothing_named() -> None:
    assert it_antecedent("The men worked at night. ") is None


def test_it_said_after_a_question_to_a_ministry() -> None:
    text = ("A Korean foreman with a notebook counts the crews in and out.\n\n"
            "We asked the Ministry of Labour and Social Protection about the crews. In a statement, it said that "
            "no foreign worker was held against their will.")
    src = who(text, "held against their will")
    assert src is not None and src.kind == "official" and "Ministry" in (src.wording or "")
