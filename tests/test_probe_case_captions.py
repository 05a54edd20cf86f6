"""The caption of a court case names the parties and is no claim ("Between: Faith Wanjiru and 11 others
(Claimants) and Harbourline Agency Limited (Respondent)"); a sentence that opens with "Between" and a span of time
is one (probe diag88). Every text is written for this test; the parties are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.case_captions import case_caption
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("line", [
    "Between: Faith Wanjiru and 11 others (Claimants) and Harbourline Agency Limited (Respondent)",
    "Parties: Nine drivers of Kenyan nationality (the claimants) v. Kestrel Transport L.L.C. (the respondent).",
    "In the matter between: Ama Owusu (Applicant) and Seabright Fisheries Ltd (Respondent)",
])
def test_captions(line: str) -> None:
    assert case_caption(line)


def test_no_caption() -> None:
    assert not case_caption("Between 2019 and 2021 the claimants (all cleaners) were not paid by the respondent.")


def test_caption_is_no_claim_in_a_judgment() -> None:
    text = ("IN THE EMPLOYMENT COURT AT MOMBASA\nJudgment summary\n\nBetween: Faith Wanjiru and 11 others (Claimants) "
            "and Harbourline Agency Limited (Respondent)\n\n1. The claimants testified that their passports were taken "
            "on arrival in Doha and their wages were withheld for five months.\n")
    claims = [c.text for c in analyse(text, {"published": "2025-03-01", "language": "en"}).claims]
    assert not any(c.startswith("Between") for c in claims)
    assert any("passports were taken" in c for c in claims)
