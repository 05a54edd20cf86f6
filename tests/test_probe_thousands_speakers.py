"""A number's thousands group is never a speaker: in "took a fee of Rs 25,000 from each family and told the parents
..." the phrase after the comma ("000 from each family and") is not who told anyone anything
(analyse.mentions); and wages "sent home" are remittances, not workers threatened with being sent home
(knowledge/indicators.yaml, FL06.warned and FL06.told_would_lose). Texts written for this test; people invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A district official said the recruiter took a fee of Rs 25,000 from each family and told the parents that the "
     "girls would be paid monthly.", "A district official"),
    ("The broker took 40,000 pesos from each worker and told them the debt was paid, a cutter said.", "a cutter"),
    ("Wages fell to 3,000 a month, the union told reporters.", "the union"),
])
def test_thousands_group_is_no_speaker(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker, m


_PAGE = """Girls from closed tea estates sold into domestic work, police say

Police in Assam said on Monday that eleven girls from a closed tea garden had been trafficked to Delhi as domestic
workers.

An officer said the agent, a Tezpur man now on bail, took Rs 30,000 from each employer and told the girls' parents
that their wages would be sent home every month.

Another officer said the employers warned the girls that they would be sent home without pay if they complained.
"""


def test_wages_sent_home_are_no_threat() -> None:
    a = analyse(_PAGE, {"published": "2026-05-02", "language": "en"})
    found = {c.text[:12]: {h.indicator for h in c.indicators} for c in a.claims}
    assert "intimidation_and_threats" not in found["An officer s"], found  # "wages would be sent home"
    assert "intimidation_and_threats" in found["Another offi"], found  # the real warning stays evidence
