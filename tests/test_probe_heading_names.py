"""Voice notes, messages and letters that a page reproduces under a heading of their own belong to the person the
heading names in quotation marks ('Voice note 1 — "Lensa", Zalka'), not to the label's first word ("Voice"); the
same name again ("Lensa" again) is the same person, another name another person. A heading that names nobody, or
a quoted word followed by a verb, changes nothing. Every text is written for this test; people and groups are
fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.heading_names import heading_name
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}
PAGE = ("Cedar Helpers Collective — notebook\n\n"
        "Each month members of our support group send us recordings. We publish three, translated by volunteers.\n\n"
        "Voice note 1 — \"Lensa\", Zalka\n\n"
        "\"The madam locks me in when she goes out. She has kept my passport since I arrived. I was paid nothing "
        "for four months.\"\n\n"
        "Voice note 2 — \"Amira\", Sidon\n\n"
        "\"My employer says I owe him 1,500 dollars for the agency and I cannot leave until I pay.\"\n\n"
        "Voice note 3 — \"Lensa\" again\n\n"
        "\"Now they took my phone too.\"\n")


def _speaker(text: str, frag: str) -> tuple[str | None, str | None, str]:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.wording if s else None), (s.kind if s else None), c.source


def test_each_note_is_its_sender() -> None:
    first = _speaker(PAGE, "kept my passport")
    second = _speaker(PAGE, "owe him 1,500 dollars")
    again = _speaker(PAGE, "took my phone")
    assert first[:2] == ("Lensa", "named_person")
    assert second[:2] == ("Amira", "named_person")
    assert again[2] == first[2] and second[2] != first[2]


@pytest.mark.parametrize("line,name", [
    ('Voice note 1 \u2014 "Lensa", Zalka', "Lensa"),
    ('Message 3: "Rahel", 27, Riyadh', "Rahel"),
    ('Call two \u2013 "Mariam" again', "Mariam"),
    ('Letter 4 \u2014 \u201cSenait Alemu\u201d (29)', "Senait Alemu"),
])
def test_heading_names(line: str, name: str) -> None:
    assert heading_name(line) == name


@pytest.mark.parametrize("line", [
    'Workers \u2014 "Slavery", says union leader',
    'Part 2 \u2014 Sidon and Tyre',
    '"Madam took the key": voice notes from Beirut',
    'Voice note 1',
])
def test_not_heading_names(line: str) -> None:
    assert heading_name(line) is None


def test_bare_label_names_nobody() -> None:
    text = PAGE.replace('Voice note 1 \u2014 "Lensa", Zalka', "Voice note 1")
    who, _kind, _key = _speaker(text, "kept my passport")
    assert who not in ("Voice", "Lensa")
    assert _speaker(text, "owe him 1,500 dollars")[:2] == ("Amira", "named_person")
