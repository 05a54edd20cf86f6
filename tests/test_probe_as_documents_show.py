"""A speaker who backs a statement with a document ("Ana Ruiz told us the men earn 900 euros, as the payslips
show") stays the speaker: the document is cited by them. With no speaker at the start, the document that shows
it is the source, and "as the union said" after a plain clause is the union. Every text is written for this test;
people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize("sentence,who", [
    ("The firm's director, Ana Ruiz, told us that the men \"are paid 900 euros, as the payslips show.\"",
     "The firm's director, Ana Ruiz"),
    ("The agency's owner, Tomas Berg, wrote to us on 3 May that the welders are paid on time, as the contracts show.",
     "The agency's owner, Tomas Berg"),
    ("A spokesman for the shipyard said all foreign staff keep their passports, as the records show.",
     "A spokesman for the shipyard"),
    ("The labour ministry said the site had 40 foreign workers, as the permits show.", "The labour ministry"),
    ("The men are paid 900 euros a month, as the payslips show.", "the payslips"),
    ("The men are paid late every month, as the union said.", "the union"),
])
def test_as_documents_show(sentence: str, who: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == who, m
