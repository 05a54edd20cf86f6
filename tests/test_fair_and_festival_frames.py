"""Probes for reports with nothing to find that read like recruitment or events: a fee an agency may charge by law,
a wage quoted before overtime, training offered before departure, crowds at a food festival and a cost deducted
from no one carry no indicator, beside controls that still do. Texts are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, indicators, lexicon_indicators


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Registered recruiters may charge a placement fee capped at no more than 90,000 pesos.", "debt_bondage"),
    ("The chamber offered its recruits twelve weeks of German lessons before departure.", "deception"),
    ("The town's Rice Food Festival drew crowds of about 9,000 on Sunday.",
     "abusive_working_and_living_conditions"),
])
def test_the_lexicon_reads_no_indicator_in_frames_of_recruitment_and_events(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


def test_a_wage_quoted_before_overtime_is_no_excessive_overtime() -> None:
    assert "excessive_overtime" not in indicators("The posts in the greenhouses pay about 1,900 dollars a month before "
                                                  "overtime.")


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The agency charged each of the women a placement fee of 90,000 pesos.", "debt_bondage"),
    ("They were made to work overtime every night without a day of rest.", "excessive_overtime"),
    ("The broker promised them 600 dollars a month before they left home.", "deception"),
    ("The dormitory was crowded and the food they were given was rotten.", "abusive_working_and_living_conditions"),
])
def test_controls_keep_their_indicator(sentence: str, indicator: str) -> None:
    assert indicator in indicators(sentence)
    assert indicator in lexicon_indicators(sentence)


def test_a_cost_deducted_from_no_one_is_a_negated_claim() -> None:
    a = analyse(LEAD + "Visa costs fall on the firm and are deducted from no worker.", META)
    claim = next(c for c in a.claims if "deducted from no worker" in c.text)
    assert claim.polarity == "negated"
    assert not claim.indicators
