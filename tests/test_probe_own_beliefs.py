"""A speaker's own belief told as such is hedged ("I think the state took most of it", "she said she believed they
were under 20", "and, he believes, on to Pyongyang"), but not a reason ("because they think they will be sent
home"); a bare yes ("A: Yes.", but not a denial "No.") and a line that only introduces a person interviewed ("The Panel
interviewed a former worker who had been employed at a plant in Donggang.") are no claims (probe diag87). Every
text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.bare_answers import bare_answer
from labourlens.analyse.claim_filters import is_method_line
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META


def _hedged(sentence: str) -> bool:
    a = analyse(LEAD + sentence + "\n", META)
    return next(c for c in a.claims if c.text.startswith(sentence[:20])).hedged


@pytest.mark.parametrize("sentence", [
    "A cook said she believed some of the younger men were not yet 20.",
    "The driver says he thinks the brigade is owed five months of wages.",
    '"I think the state took about 70 percent of their pay," the cook said.',
    "The money went to an account in Harbin and, she believes, on to Pyongyang, the cook said.",
])
def test_own_belief_is_hedged(sentence: str) -> None:
    assert _hedged(sentence)


@pytest.mark.parametrize("sentence", [
    "The men stay silent because they think they will be sent home, the cook said.",
    "The cook said the men were paid three months late.",
])
def test_reason_or_plain_report_is_not_hedged(sentence: str) -> None:
    assert not _hedged(sentence)


QA = """Harbour Policy Institute — Commentary

Q: Are the workers still there?

A: Yes. Our estimate is that about 3,000 North Korean workers remain at seafood plants in Dalian.
"""


def test_bare_yes_is_no_claim() -> None:
    texts = [c.text for c in analyse(QA, META).claims]
    assert not any(t.strip().rstrip(".").endswith("Yes") for t in texts)
    assert any("3,000 North Korean workers" in t for t in texts)


@pytest.mark.parametrize("line,frame", [
    ("The Panel interviewed a former worker who had been employed at a textile plant in Donggang.", True),
    ("The Panel interviewed a former worker who had been employed at a plant and was beaten there.", False),
    ("The Panel interviewed a former worker who said her passport was taken.", False),
])
def test_introduced_interviewee(line: str, frame: bool) -> None:
    assert is_method_line(line) is frame


@pytest.mark.parametrize("line,bare", [("A: Yes.", True), ("Of course.", True), ("JANG: No.", False),
                                       ("A: Yes, and they are paid late.", False)])
def test_only_a_bare_yes_is_frame(line: str, bare: bool) -> None:
    assert bare_answer(line) is bare  # a bare "No." after a question is a denial, a claim
