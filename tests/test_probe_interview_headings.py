"""Testimonies set out as interviews under headings that name each interviewee ('Interview 2: "Bolat", 33, welder,
from Taraz') belong, answer by answer, to the person the heading names; a heading with a trade or a home town after
the pseudonym is still such a heading, and one with a verb of saying after the quoted word is not. Every text is
written for this test; people and groups are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.heading_names import heading_name
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}
PAGE = ("Steppe Workers' Aid\nTestimonies | Kazakh builders at a cement works in Perm\n\n"
        "The interviews below were held in May with three men who had left the site. Names have been changed.\n\n"
        "Interview 1: \"Bolat\", 33, welder, from Taraz\n\n"
        "Q: How were you hired?\n"
        "A: Through an agent in Shymkent. He said the pay was 90,000 rubles a month. The contract I signed in Perm "
        "said 40,000.\n\n"
        "Q: Could you leave the site?\n"
        "A: Only on Sundays, with the foreman. The gate is locked at night.\n\n"
        "Interview 2: \"Aigerim\", 29, cook\n\n"
        "Q: Were you paid?\n"
        "A: The company kept half of every month's pay until the end of the contract, and when I left early they "
        "kept all of it.\n\n"
        "Interview 3: \"Old Serik\", 58, crane operator, from Kyzylorda\n\n"
        "Q: Did anyone keep your passport?\n"
        "A: The manager took our passports on the first day and never gave them back.\n")


def _speaker(frag: str) -> tuple[str | None, str | None, str]:
    a = analyse(PAGE, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.wording if s else None), (s.kind if s else None), c.source


@pytest.mark.parametrize(("frag", "name"), [
    ("contract I signed in Perm", "Bolat"),
    ("gate is locked at night", "Bolat"),
    ("kept half of every month", "Aigerim"),
    ("took our passports", "Old Serik"),
])
def test_answers_belong_to_the_interviewee_the_heading_names(frag: str, name: str) -> None:
    assert _speaker(frag)[:2] == (name, "named_person")


def test_each_heading_is_a_new_person() -> None:
    assert len({_speaker(f)[2] for f in ("gate is locked", "kept half", "took our passports")}) == 3


@pytest.mark.parametrize(("line", "name"), [
    ('Interview 1: "Bolat", 33, welder, from Taraz', "Bolat"),
    ('Testimony 4 - "Nurlan", 41, security guard, Doha', "Nurlan"),
    ('Interview 3: "Old Serik", 58, crane operator', "Old Serik"),
    ('Workers — "Slavery", says union', None),
    ('Update: "Fake", the ministry said', None),
])
def test_heading_lines(line: str, name: str | None) -> None:
    assert heading_name(line) == name
