"""Ordinary labour news that a careless reading takes for abuse: a strike that ends with staff going back to work on
a named day (no work on a rest day), a bus company's name (no one bussed anywhere), and figures of money sent home
that rose in a half-year (statistics, not a report of forced labour). Cues about workers made to work on their rest
day or driven to the site stay. Texts written for these tests; names and figures are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-07-09", "language": "en"}

STRIKE = """Bus crews back on the road

JEDDAH: A bus company serving the university campus said its crews were back at work on Sunday once a dispute over
night-shift allowances was settled with the help of the labour office.

The crew members, many of them from Bangladesh and Egypt, stopped work for two days last week.

Students said the first buses left the depot on time.
"""

FIGURES = """Kyrgyz remittances up again

BISHKEK: Transfers from Kyrgyz migrant workers in Russia and Kazakhstan increased in the first nine months of the
year, the finance ministry reported on Wednesday.

Officials put the total at about $2.1 billion. Most of the money goes on school fees, weddings and new roofs, a
ministry economist said.

A slowdown in building work around Moscow could trim the figure next year, she added.
"""


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence, 0).hits}


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The city bus company said its staff went back to work on Sunday once the dispute ended.", "excessive_overtime"),
    ("The city bus company said its staff went back to work on Sunday once the dispute ended.", "restriction_of_movement"),
    ("The cleaners resumed work on Friday once the arrears had been paid.", "excessive_overtime"),
])
def test_going_back_to_work_on_a_day_is_no_cue(sentence: str, indicator: str) -> None:
    assert indicator not in _kinds(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The men were made to work on Sundays and on public holidays too.", "excessive_overtime"),
    ("Each morning the women were bussed to the factory and back to the dormitory at night.",
     "restriction_of_movement"),
])
def test_rest_day_work_and_being_driven_to_work_stay_cues(sentence: str, indicator: str) -> None:
    assert indicator in _kinds(sentence)


@pytest.mark.parametrize("text", [STRIKE, FIGURES])
def test_ordinary_labour_news_is_quiet(text: str) -> None:
    a = analyse(text, META)
    assert a.claims == [] or all(not c.indicators for c in a.claims)
    assert [c.text for c in a.claims] == []
