"""Study s42 of a held-out set: indicator categories the lexicon missed (sentences written for this test):

- a sum taken every month for papers, a visa or the levy, and payslips showing a sum taken, are withheld wages;
  extra hours paid at the ordinary rate instead of the premium are too;
- a worker who refuses overtime put on a list or stripped of a bonus, the threat that joining a union gets the worker
  sent home, and a loan called in at once if the worker leaves are threats;
- the first year or hours of work said to belong to the agent or the loan, overtime as the way to repay the broker,
  and a pledge the lender takes if the worker stops working are debt bondage;
- a contract taken back once signed and "not what they told us" are deception;
- "the water is cut off" is no isolation; "they never stopped us going to town" restricts nothing;
- a labour court's "no claimant had ever been made to work ..." is a denial.
"""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import lexicon_indicators


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Each month the agency takes 600 baht for documents and gives no receipt.", "withholding_of_wages"),
        ("The firm had taken 900 ringgit a month from every worker for the levy.", "withholding_of_wages"),
        ("Two cleaners showed us payslips with 250 dollars deducted every month.", "withholding_of_wages"),
        ("Sunday shifts were paid at the basic rate instead of time and a half.", "withholding_of_wages"),
        ("Anyone who says no to overtime twice is written on the idle list.", "intimidation_and_threats"),
        ("He fears that if he joins the union the agent will send him home.", "intimidation_and_threats"),
        ("They would owe the whole debt at once if they quit before March.", "intimidation_and_threats"),
        ("The first six months are for the broker, she said.", "debt_bondage"),
        ("Extra shifts are how we repay the broker.", "debt_bondage"),
        ("If we miss a payment, they take our house.", "debt_bondage"),
        ("The agent collected the contracts back the day after we signed them.", "deception"),
        ("This was not what the broker promised us.", "deception"),
    ],
)
def test_lexicon_finds(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("In the dormitory the water is cut off after ten at night.", "isolation"),
        ("The managers never stopped us going to the market on our day off.", "restriction_of_movement"),
        ("The managers never stopped us going to the market on our day off.", "excessive_overtime"),
    ],
)
def test_lexicon_leaves(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


def test_no_claimant_denies() -> None:
    text = ("Forty drivers sued the Kestrel haulage firm in Busan over their hours and pay.\n\n"
            "The firm's manager told the court that no claimant had ever been made to work more than 60 hours of "
            "overtime a month.")
    a = analyse(text, {"published": "2026-01-01", "language": "en"})
    c = next(c for c in a.claims if "no claimant" in c.text)
    assert c.polarity == "negated"
