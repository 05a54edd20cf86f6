"""A concessive clause is no speaker (probe diag293): in "An agent takes a fee for a seat, even though the rule there
says workers pay nothing", the subject of "says" sits inside the "even though" clause; the sentence stays with the
voice around it (here the interviewee's answer), and the words before the verb are never a speaker's wording. Every
text is written for this test; people and bodies are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speaker_forms import not_a_source

META = {"published": "2026-05-02", "language": "en"}

TEXT = """LA VOZ DEL VALLE
Interview | May 2, 2026

"Nobody tells them the rules": a Yakima advocate on farm visas

Rosa Quispe has run the Valley Workers Centre in Yakima, Washington, since 2018. We spoke with her in April.

Q: What do workers tell you about recruiters?

A: Every spring we hear it. An agent in Oaxaca takes 20,000 pesos for a seat on the bus, even though the rule there says workers pay nothing. People pay because the agent chooses who travels.

I have heard, though I cannot prove it, that one agent asks the women for money twice.

Q: And the housing?

A: On one orchard near Wapato, twelve men lived in a garage with one toilet, and the grower took $40 from every man weekly.
"""


def test_concessive_clause_leaves_the_answer_with_the_interviewee() -> None:
    a = analyse(TEXT, META)
    c = next(c for c in a.claims if c.text.startswith("An agent in Oaxaca"))
    src = a.source(c.source)
    assert src is not None and src.kind == "named_person" and (src.wording or "").startswith("Rosa Quispe")


@pytest.mark.parametrize("phrase", [
    "A broker in Cebu charges a fee, even though the law",
    "The firm kept the cards, although the contract",
    "Crews sleep on deck, whereas the regulator",
])
def test_concessive_phrase_is_no_source(phrase: str) -> None:
    assert not_a_source(phrase)
