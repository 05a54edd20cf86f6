"""A judgment's digest weighing the evidence with no "that": "The judge found the workers were owed two months of pay",
"It accepted the second witness's account", "It was not satisfied that ...", "It did not consider the beating proven".
The court named before speaks (forty-fifth session: seven studied sets by different writers give such sentences to
the court, where the digest's own voice had them). Texts are invented."""

from __future__ import annotations

import pytest

from probe_helpers import speaker

META = {"published": "2025-09-01", "language": "en"}
DIGEST = (
    "HARBOUR LAW NOTES\n\nA labour court in Penang has ordered the fictional Teratai Gloves to pay arrears to 31 "
    "workers from Nepal.\n\nWitness 2, a machine operator, told the court that the supervisor kept the workers' "
    "passports in a locked drawer. Witness 4 said the night shift often ran to 14 hours.\n\n"
    "The court found that the passports had been withheld against the workers' will.\n\n"
)


@pytest.mark.parametrize("sentence, frag", [
    ("It accepted Witness 4's evidence that the night shift ran to 14 hours without overtime pay.", "night shift ran"),
    ("It was not satisfied that any worker had been threatened with deportation.", "threatened with deportation"),
    ("It did not consider the beating of one worker proven, because nobody else saw it.", "beating of one worker"),
    ("It found the deductions for housing proven by the payslips.", "deductions for housing"),
])
def test_it_in_a_digest_weighing_evidence_is_the_court(sentence: str, frag: str) -> None:
    assert speaker(DIGEST + sentence, frag, META)[:2] == ("The court", "official")


@pytest.mark.parametrize("sentence, frag", [
    ("The tribunal found the workers had been underpaid 42,000 ringgit over two years.", "underpaid 42,000"),
    ("The court accepted a machine operator's evidence that the gate was locked at night.", "gate was locked"),
])
def test_a_court_weighing_evidence_without_that_speaks(sentence: str, frag: str) -> None:
    wording = sentence.split(" found")[0].split(" accepted")[0]
    opening = DIGEST.split("The court found")[0]
    assert speaker(opening + sentence, frag, META)[:2] == (wording, "official")


def test_it_doing_something_else_is_not_the_court() -> None:
    text = ("The fictional Teratai Gloves issued a statement on Monday. It accepted no responsibility for the "
            "recruitment fees that its agents charged workers in Kathmandu.")
    assert speaker(text, "recruitment fees", META)[:2] != ("The court", "official")
