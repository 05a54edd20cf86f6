"""Probe s329: two kinds of page that tell of nothing done to anyone stay quiet, and a report dressed like them speaks.

* a job board's listing headed "job listing" (or "job posting") with the terms on offer (pay, overtime at a surcharge,
  meals deducted as the law allows, lodging) and how to apply (analyse.listing_adverts, knowledge indicators.yaml
  ``listing_adverts.job_offers``);
* a how-to guide for migrants laid out in numbered steps ("Step 1: ...") and a few questions with their answers: its
  steps count as a help page's question headings do (analyse.rules_explainer).

Texts written for this test; the boards, farms, firms and people are invented (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-02", "language": "en"}

_LISTING = """CAMPO EMPREGOS — job listing 7731
Orange harvest 2026: pickers and tractor drivers (Bebedouro, SP)
Posted 3 March 2026 · Employer: Laranjal Boa Vista Agrícola

Where: grove 15 km from Bebedouro, São Paulo state
Contract: seasonal contract registered from the first day

We offer
- Pay of R$ 2,300 a month for pickers and R$ 2,900 for tractor drivers, with a bonus per crate
- Days of 8 hours and weeks of 44; overtime is paid with a 60% surcharge, double on Sundays and on holidays
- Shared lodging on the farm with bunk beds, lockers and hot water
- Lunch in the farm canteen. A fifth of the minimum wage at most is deducted for food, as the law permits, and only
  with the picker's signed consent
- A bus from Bebedouro when the season opens and when it closes, at the farm's cost

How to apply
Fill in the form below or bring your documents to our office in Bebedouro from Monday to Friday, 7 a.m. to 3 p.m.
"""

_GUIDE = """PORTAL DO MIGRANTE — guides for newcomers
How migrant workers in Brazil register their employment contract online
Updated 4 February 2026

Since 2020 migrant workers register their contract in a free app. Nobody at the company has to keep your papers.

Step 1: get your tax number
The tax number is issued online or at any Post Office branch. Bring your passport or your residence card.

Step 2: open a government account
Install the app, type your tax number and choose a password. Your employer sees only your contract.

Step 3: check the contract
Once you start work, the contract shows up within a week. Check the wage and the start date.

Common questions
Must I leave my passport with the company? No. The HR office looks at it on your first day and you take it home.
Can the employer keep my residence card? No. It stays with you.
"""

_REPORT = """CAMPO EMPREGOS — job listing 7731 was a trap, pickers say
Orange pickers hired through a job listing in Bebedouro say the foreman took their work cards on arrival and
locked the lodging gate at night. "We were promised R$ 2,300 a month and got nothing after the deductions," one
picker told the labour inspectors.

How to apply for the back pay: the union office in Bebedouro helps pickers file their claims.
"""


def test_job_listing_with_terms_on_offer_is_quiet() -> None:
    # overtime at a premium and a meal deduction with the worker's consent are terms on offer, not abuse
    a = analyse(_LISTING, META)
    assert a.claims == []


def test_how_to_guide_in_numbered_steps_is_quiet() -> None:
    # the guide's answer about the residence card is advice, not a card kept by anyone
    a = analyse(_GUIDE, META)
    assert a.claims == []
    assert not any(c.indicators for c in a.claims)


def test_report_headed_like_a_listing_still_speaks() -> None:
    # near miss: a report whose heading names a job listing, with an account of abuse, keeps its claims
    a = analyse(_REPORT, META)
    assert a.claims
    assert any(h.indicator == "retention_of_identity_documents" for c in a.claims for h in c.indicators)
