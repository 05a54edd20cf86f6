"""A written plan that speaks, a firm's bare noun after the firm was named, and a penalty told before its condition
(probe study297):

- an authority's plan is a document that can speak ("..., the plan says"; "The plan, dated ..., sets a quota"),
  so the clause before the tag is what the plan says, not a speaker phrase;
- "the company" right after a sentence that names one firm ("The mill is owned by Kestrel Wire Systems, ...") is
  that firm, worded by its name, and so is the "It" that follows;
- "would lose his old-age pension if he did not sign": a threat to a benefit unless the person goes.

Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from tests.probe_helpers import claim_rows, lexicon_indicators

from labourlens.analyse import mentions
from labourlens.analyse.speakers import classify

REPORT = """Hill villagers sent to a Suzhou cable plant, relatives say

At least 80 men from Kestrel county were put on a bus to a cable plant in Suzhou in March, according to relatives \
in Germany and to a transfer plan this outlet has read.

The plan, issued on 2 February 2026 under the seal of the labour bureau, sets a target of 300 "spare hands" \
to be sent away for work before the summer.

Anyone who declines a job will be named at a "re-education" meeting in the village hall, the plan \
says.

The mill is owned by Kestrel Wire Systems, which supplies cable to bus makers. Asked about it by email, the company \
rejected the claim that phones had been confiscated from its staff and said they could go out on days off.

It said every wage goes straight into the worker's own bank account and none is held back.
"""


def _row(words: str) -> tuple[str, str | None, str | None]:
    return next((key, wording, kind) for text, key, wording, kind in claim_rows(REPORT) if words in text)


def test_a_plan_is_a_document() -> None:
    assert classify("the plan") == "document"
    assert classify("the transfer plan") == "document"


def test_the_clause_before_a_plan_tag_is_what_it_says() -> None:
    m = mentions.find_mention("Anyone who skips a Sunday shift is docked 200 roubles, the plan says.")
    assert m is not None and m.wording == "the plan"


def test_the_plan_speaks_in_the_report() -> None:
    sets = _row("sets a target of 300")
    assert sets[2] == "document" and (sets[1] or "").startswith("The plan")
    assert _row("re-education")[0] == sets[0]


def test_the_company_after_a_named_firm_is_that_firm() -> None:
    denied = _row("phones had been confiscated")
    assert denied[1:] == ("Kestrel Wire Systems", "organization")
    assert _row("none is held back")[0] == denied[0]


def test_penalty_told_before_a_condition_of_not_going() -> None:
    assert "intimidation_and_threats" in lexicon_indicators(
        "Ahmet Kaya, 41, a baker in Berlin, said local officials warned his brother Yusuf, 30, that their father "
        "would lose his old-age pension if he did not sign the transfer papers.")
