"""A court's finding of nothing in a judgment's digest is the court's word (forty-fourth session, from the speaker
errors left on the studied sets: six sets by different writers give such sentences to the court, an `official`).
Texts are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import speaker

OPENING = (
    "SIALKOT — A labour court ordered the owner of the fictional Bright Kiln to repay the wages of 28 workers, in a "
    "judgment published on Monday.\n\nWorkers told the court that the owner had kept their identity cards and that "
    "they could not leave until their debts were paid.\n\n"
)
META = {"published": "2025-03-03", "language": "en"}


@pytest.mark.parametrize("sentence, wording", [
    ("The court found no evidence that the manager had kept anyone's identity card.", "The court"),
    ("On pay, the tribunal found no deception by the recruiter.", "the tribunal"),
    ("The judge was not persuaded that anyone had been locked in at night.", "The judge"),
    ("The labour court did not find the foreman's beating of the workers proven.", "The labour court"),
])
def test_a_court_finding_nothing_speaks_and_denies(sentence: str, wording: str) -> None:
    a = analyse(OPENING + sentence, META)
    claim = next(c for c in a.claims if c.text.startswith(sentence[:25]))
    src = a.source(claim.source)
    assert src is not None and (src.wording, src.kind) == (wording, "official")
    assert claim.polarity == "negated"


def test_a_court_finding_something_still_speaks() -> None:
    text = OPENING + "The court found that every worker had been made to work 14 hours a day without rest."
    assert speaker(text, "made to work 14 hours", META)[:2] == ("The court", "official")


def test_someone_else_finding_nothing_is_not_the_court() -> None:
    text = OPENING + "The owner found no fault with the hours the workers were made to keep."
    wording, kind, _ = speaker(text, "no fault with the hours", META)
    assert wording is None or "court" not in wording.lower()
