"""Two answer shapes: a body the writer asked for comment answers as "it" in the same sentence ("We asked the
timber firm, Taiga Wood, for comment; it said ...") and is the speaker; a writer who "heard from two sources in the
sector - one a site manager, the other a supplier - that ..." cites those sources, past the dashes. A person asked
and an "it" that is no answer stay as they were. Every text is written for this test; firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("text,who", [
    ('We asked the timber firm, Taiga Wood Ltd, for comment; it said it "employs only Russian citizens".',
     "the timber firm, Taiga Wood Ltd"),
    ("We asked the labour ministry for comment; it said inspections were under way.", "the labour ministry"),
    ("The Gazette contacted the recruitment agency about the workers, and it denied charging any fees.",
     "the recruitment agency"),
    ("Over the past year I have heard from two sources in the construction sector - one a site manager at a "
     "mid-sized contractor, the other a supplier of scaffolding - that North Korean crews still work at night.",
     "two sources in the construction sector"),
    ("I learned from a driver \u2014 a man who delivers bread to the site \u2014 that the workers never leave.",
     "a driver"),
])
def test_answer_shapes(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who, m


@pytest.mark.parametrize("text", [
    "We asked a worker about the food, and it was clear he was hungry.",
    "We asked about the dormitory; it was locked.",
])
def test_no_answer(text: str) -> None:
    assert find_mention(text) is None


def test_firm_answers_in_a_report() -> None:
    text = ("Loggers in Amur\nNorth Korean loggers worked at camps run for a Russian timber firm.\n\n"
            "We asked the timber firm, Taiga Wood Ltd, for comment; it said it employs only Russian citizens and that "
            "its contracts with the North Korean workers' unit ended in 2019.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "employs only" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "organization" and "Taiga Wood" in (s.wording or "")


@pytest.mark.parametrize("text,who", [
    ('A directive seen by the Ledger tells provincial trade offices to "select only married workers".',
     "A directive seen by the Ledger"),
    ("The contract requires workers to hand over their passports on arrival.", "The contract"),
    ("The 2019 agreement obliges the brigade to send 70 percent of earnings home.", "The 2019 agreement"),
    ("An internal memo instructs team leaders to collect the workers' phones every night.", "An internal memo"),
])
def test_a_document_that_instructs_speaks(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who, m


@pytest.mark.parametrize("text", ["A guard ordered the men to stay inside.",
                                  "The law requires employers to pay wages monthly."])
def test_an_order_by_a_person_or_a_law_is_no_report(text: str) -> None:
    assert find_mention(text) is None
