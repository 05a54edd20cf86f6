"""Indicators of hardships told in plain words and a blog's masthead with a tagline (probe diag87): workers woken in
the night for work that arrives ("woken at night when the lorries come in") work excessive hours, as do those who
"sewed for 16 hours" in their trade's own verb; cold injuries ("his fingers were frozen", "lost two toes to the
cold") and the injured "carried out on stretchers" are abusive conditions; "Taiga Notes blog — letters from the
camps" on the first line names the blog; a trade's verb for the hours ("coded for 18 hours") is working time, not a
duration. Every text is written for this test; people and firms are fictional
(places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import indicators, lexicon_indicators

OVERTIME = "excessive_overtime"
CONDITIONS = "abusive_working_and_living_conditions"


@pytest.mark.parametrize("sentence", [
    "The women at the plant are woken at night when the lorries come in from the port.",
    "When the trucks come in at night, the women are woken up to unload them.",
    "The deckhands were woken for hauling at any hour.",
])
def test_woken_for_work_that_arrives(sentence: str) -> None:
    assert OVERTIME in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The women are woken at night by the noise of the road.",
    "The guard woke the men at seven on Sundays.",
])
def test_woken_without_work_is_no_overtime(sentence: str) -> None:
    assert OVERTIME not in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The seamstresses sewed for 16 hours with a single break.",
    "The men coded for 18 hours and slept under the desks.",
    "The crew gutted fish for 20 hours straight.",
])
def test_a_trades_verb_for_long_hours(sentence: str) -> None:
    assert OVERTIME in indicators(sentence)


def test_a_trades_verb_over_a_week_is_no_excess() -> None:
    assert OVERTIME not in lexicon_indicators("The cooks cooked for 40 hours a week.")


@pytest.mark.parametrize("sentence", [
    "The logger whispered that his fingers were frozen by the end of each shift.",
    "Two men in the brigade lost toes to the cold that winter.",
    "A neighbour said she had seen workers carried out on stretchers twice this year.",
])
def test_cold_injuries_and_the_injured_carried_out(sentence: str) -> None:
    assert CONDITIONS in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The plant exported frozen fish to Busan.",
    "Their wages are frozen until the audit ends.",
])
def test_frozen_goods_and_pay_are_no_cold_injury(sentence: str) -> None:
    assert CONDITIONS not in lexicon_indicators(sentence)


BLOG = """Taiga Notes blog — letters from the timber camps

According to the Amur Post:

A crew of 30 loggers in the Tynda district has worked without pay since spring, a source told the paper.
"""

TAGLINE = """Steppe Lantern blog - stories from the border

Loggers unpaid in Tynda

A crew of 30 loggers in the Tynda district has worked without pay since spring, a source told us.
"""

HEADLINE = """Kim Jong Un — The Final Years

A crew of 30 loggers in the Tynda district has worked without pay since spring.
"""


def test_blog_masthead_with_a_tagline() -> None:
    assert analyse(BLOG, {"language": "en"}).meta.outlet == "Taiga Notes"
    assert analyse(TAGLINE, {"language": "en"}).meta.outlet == "Steppe Lantern"


def test_headline_with_a_dash_is_no_masthead() -> None:
    assert analyse(HEADLINE, {"language": "en"}).meta.outlet is None


def test_hours_at_a_trades_verb_are_no_duration() -> None:
    text = "Migrant workers at a yard described their work.\n\nThe men said they coded for 18 hours and slept under the desks.\n"
    assert not [t for t in analyse(text, {"language": "en", "published": "2025-01-01"}).times
                if t.kind == "duration" and "18 hours" in t.text]
    held = "Migrant workers at a yard described their work. The men were held for 18 hours at the border.\n"
    assert [t for t in analyse(held, {"language": "en", "published": "2025-01-01"}).times if t.kind == "duration"]


@pytest.mark.parametrize("sentence", [
    "His wife said her husband had sent home nothing since he left in 2022.",
    "Some of the women have sent nothing home for four months.",
])
def test_nothing_sent_home_for_a_time(sentence: str) -> None:
    assert "withholding_of_wages" in indicators(sentence)


def test_goods_sent_home_are_no_pay() -> None:
    assert "withholding_of_wages" not in lexicon_indicators("The plant sent nothing home for the holidays.")
