"""Probes (session 32, lead, from heldout351: bonded labour in South Asia). Indicator cues: bonded labour named as
found, advances taken from an agent, a debt whose figure keeps growing, pay set off against travel, final dues held
out to keep people at work, a false police case threatened, a guard on the way out, a cough all night, the debt book
never shown, people put to other work instead. Quiet pages: a manpower agency's demand for workers abroad, a kiln
owners' how-to on a new firing method, and a mill's own ethics page, whose benign terms (an eight-hour day six days a
week, overtime paid at double rate, a deduction with each worker's prior consent, a levy the employer pays, a
loan scheme for kilns, papers a resident chose to leave in the office) are no indicators. Near misses: wage advances
received instead of pay, and the law on bonded labour. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The district team found clear signs of bonded labour at two kilns near Multan.", "debt_bondage"),
    ("In the camps, households take advances of 20,000 rupees from labour agents.", "debt_bondage"),
    ("Each season the figure in his book grows, the moulder said.", "debt_bondage"),
    ("The recruits were told their wages would be squared against the fares and the food.", "debt_bondage"),
    ("The foreman said they would not get their dues unless they kept working until March.", "intimidation_and_threats"),
    ("The owner said that he would lodge a theft case against two of the brothers.", "intimidation_and_threats"),
    ("A watchman on a bicycle watched the track to the highway every evening.", "restriction_of_movement"),
    ("The moulders say they cough through the night from the smoke.", "abusive_working_and_living_conditions"),
    ("Nobody ever showed them the khata, the moulders said.", "deception"),
    ("The young men were instead made to dig drains at a building site in Pune.", "deception"),
])
def test_cues(sentence: str, indicator: str) -> None:
    assert indicator in _kinds(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Shift: eight hours a day, six days a week.", "excessive_overtime"),
    ("Overtime is optional, at double rate on public holidays.", "excessive_overtime"),
    ("Extra shifts earn time and a half.", "withholding_of_wages"),
    ("The employer pays the visa, the flight and the levy.", "withholding_of_wages"),
    ("Owners may apply for a soft loan from the clean air fund.", "debt_bondage"),
    ("Do not burn old tyres or plastic in the kiln.", "abusive_working_and_living_conditions"),
    ("The men were promised 70,000 rubles a month but received only advances.", "debt_bondage"),
    ("Several of the pickers took an advance and ran off before the harvest, the farmer complained.", "debt_bondage"),
    ("The agency had taken between 90,000 and 120,000 rupees from each recruit.", "restriction_of_movement"),
])
def test_benign_terms_are_no_cues(sentence: str, indicator: str) -> None:
    assert indicator not in _kinds(sentence)


def test_deduction_with_written_consent_and_papers_left_by_choice_are_no_cues() -> None:
    for sentence in ("Room: hostel, four to a room; a deduction of 60 a month, made with each worker's prior consent.",
                     "A lodger who preferred to leave his identity card in the office safe may fetch it at any time."):
        m = indicators.match(sentence)
        assert not m.hits


_DEMAND = """SAGARMATHA OVERSEAS RECRUITMENT PVT. LTD. - Licence No. 2231/080
New Baneshwor, Kathmandu

URGENT DEMAND - QATAR (DOHA)
Employer: Gulf Breeze Facilities W.L.L.
Position: Cleaner (Male) - 60 posts

Salary: QR 1,200 per month plus food allowance
Shift: eight hours a day, six days a week. Extra shifts are voluntary, at double rate on holidays.
Room: company camp, four to a room; a deduction of QR 30 a month, made with each worker's prior consent
The employer pays the visa, the flight and the levy; the worker pays nothing.
Papers: every worker holds his own passport.

Interviews at our office on 20 December 2026; please bring your passport and two photos.
"""

_GUIDE = """BRICK KILN HANDBOOK - Moving from Coal to Natural Draught Firing
Prepared by the Green Kilns Desk, Multan.

Who this handbook is for: kiln owners in southern Punjab.

Step 1 - Budget. A conversion costs 2 million to 3 million rupees. Owners may apply for a soft loan from the clean
air fund.

Step 2 - Train the stackers. The desk runs a two-day course; the trainee's wage comes from the fund and is not
deducted from his pay.

Step 3 - Fuel. Do not burn old tyres or plastic in the kiln; these are banned.

Questions? Visit the desk on Bosan Road, Multan.
"""

_ETHICS = """Kaveri Threads Ltd - Our Workers and Ethics

We hire directly through our own office and never use labour agents or lump-sum schemes.
Pay reaches each worker's own bank account on the 5th of the month. Overtime is optional and paid at twice
the wage. Workers may choose to live in our hostel in Salem. A lodger who preferred to leave his identity card in the
office safe may fetch it at any time.
"""


@pytest.mark.parametrize("text", [_DEMAND, _GUIDE, _ETHICS])
def test_quiet_pages(text: str) -> None:
    analysis = analyse(text, {})
    assert analysis.claims == []
    assert not any(c.indicators for c in analysis.claims)


def test_near_miss_the_law_on_bonded_labour_is_no_cue() -> None:
    assert "debt_bondage" not in _kinds("Two men were arrested under the Bonded Labour System (Abolition) Act.")
