"""A body that "assessed that" something is so reports it ("One Member State assessed that about 500 such workers
were active"); a passive with an adverb between the auxiliary and the verb ("were reportedly denied food",
"was allegedly told") is not a speaker denying or telling. Active reports stay. Every text is written for this test;
names are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize("sentence,who", [
    ("One Member State assessed that about 500 such workers were active in the region.", "One Member State"),
    ("The labour ministry assessed that about 300 foreign workers were still in the country.", "The labour ministry"),
    ("The panel assessed that the men earned up to $2,000 a month for the state.", "The panel"),
    ("The company has repeatedly denied the allegations about unpaid wages.", "The company"),
    ("The agency flatly denied that workers were locked in.", "The agency"),
])
def test_reports(sentence: str, who: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == who, m


@pytest.mark.parametrize("sentence", [
    "Workers who missed the monthly quota were reportedly denied food rations and made to work nights.",
    "The men were allegedly told they would be deported if they complained.",
    "Two welders were apparently denied medical care after the accident.",
    "A cook was reportedly told to hand over her passport.",
])
def test_adverb_passive_is_no_speaker(sentence: str) -> None:
    assert find_mention(sentence) is None
