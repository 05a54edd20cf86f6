"""Probes: a firm's manager described by the short form of the firm's name and named after "who gave his name as"
("Taiga-Lin's site manager, who gave his name as Mr Wu") speaks for the firm the text named in full ("Taiga-Lin
Forestry LLC"); the firm's cook, and a manager of someone the text never gives as a firm, stay people. Texts
written for these tests; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

YARD = LEAD + """The yard is run by Taiga-Lin Forestry LLC, a Chinese-owned company.

Taiga-Lin's site manager, who gave his name as Mr Wu, denied that the company held workers' documents. "We never take passports," he said.

Taiga-Lin's cook, who gave his name as Mr Bo, said the men ate twice a day.

Petrov's site manager, who gave his name as Mr Lu, said the loggers worked twelve hours a day.
"""


def test_firm_manager_given_a_name_speaks_for_the_firm() -> None:
    wording, kind, key = speaker(YARD, "held workers' documents")
    assert (wording, kind) == ("Mr Wu", "organization")
    assert speaker(YARD, "We never take passports")[2] == key


def test_firm_cook_stays_a_person() -> None:
    assert speaker(YARD, "ate twice a day")[1] == "named_person"


def test_owner_not_given_as_a_firm_stays_a_person() -> None:
    assert speaker(YARD, "twelve hours a day")[1] == "named_person"
