"""A family employer's job listing may ask the reader to write or to phone its office and say where it interviews,
with no "send a CV" or "apply now" (analyse.listing_adverts.job_advert, knowledge indicators.yaml listing_adverts
job_calls): its terms are an offer, so it gets no claims. A report about such a listing in which workers say what was
done to them still speaks. Texts written for this test; the farm, the board and the numbers are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META

_LISTING = """FARMJOBS NORTE · Listing no. FN-PA-20417

Tractor drivers (3 posts) - soy and maize farm, Paragominas, Pará

Employer: Fazenda Boa Vereda, a family farm of 2,600 hectares, 20 km from town on a gravel road.

What we offer
- Signed work card from day one, a salary of 3,100 reais a month and a meal voucher of 500 reais a month.
- Forty-four hours a week; overtime only when agreed beforehand and always paid with the legal premium.
- A two-bedroom house for the family with power and water at no cost.
- Your documents stay with you; we photocopy them once for registration.

Applications: write to the farm office with your experience, or phone the office. We interview in Paragominas.
"""

_REPORT = _LISTING + """
Two drivers hired through this listing told the paper that the office kept their work cards for three months and
that they were paid nothing until the harvest ended.
"""


def test_listing_that_asks_the_reader_to_phone_the_office_has_no_claims() -> None:
    assert analyse(_LISTING, META).claims == []


def test_listing_that_names_where_the_employer_interviews_has_no_claims() -> None:
    text = _LISTING.replace("Applications: write to the farm office with your experience, or phone the office. ", "")
    assert analyse(text, META).claims == []


def test_report_about_such_a_listing_still_has_the_workers_account() -> None:
    claims = analyse(_REPORT, META).claims
    assert any("kept their work cards" in c.text for c in claims)
