"""Probes (session 41, from heldout405's metadata misses): a question-and-answer interview whose questions are labelled
with the paper's own name, the same name opening one of the first lines ("Harbour Weekly, Gdansk. Translated from
Polish by ..."), names that paper as the outlet. Near misses: an interviewer labelled by a person's name that no head
line opens with, and a label whose turns are not all questions, name no outlet. Texts written for these tests; every
name is fictional."""

from __future__ import annotations

from labourlens.analyse import interviewer_labels, meta

_QA = """"I waited for the visa to run out"
A welder back from Rotterdam talks

Harbour Weekly, Gdansk. Translated from Polish by Ewa Nowak.

Tomas Lis, 31, spent two years in shipyards in Rotterdam before coming home.

Harbour Weekly: Who hired you?

Tomas Lis: A cousin of a neighbour. He promised 3,000 euros a month.

Harbour Weekly: Was the pay as promised?

Tomas Lis: They paid 1,800 euros and kept my passport in the office.
"""


def test_the_papers_question_label_names_it() -> None:
    assert meta.detect(_QA, None, {}).outlet == "Harbour Weekly"


def test_a_persons_label_names_no_outlet() -> None:
    text = _QA.replace("Harbour Weekly, Gdansk. ", "Gdansk. ").replace("Harbour Weekly:", "Anna Lis:")
    assert interviewer_labels.votes(text) == []


def test_a_label_with_statements_names_no_outlet() -> None:
    text = _QA.replace("Harbour Weekly: Was the pay as promised?", "Harbour Weekly: We also asked the yard.")
    assert interviewer_labels.votes(text) == []
