"""Probes (s325): pages with nothing to find and lines that are no claims. A job board's listing that offers a post
("Full time", "About the role") and tells how to apply, with its pay, deductions, overtime and shift window as terms
on offer, describes no forced labour; a news story with the same words that tells of abuse keeps its claims. A
digest's or transcript's credit line ("Transcript prepared by the news desk.") is no claim; a report's finding that
names who prepared the report still is. Texts written for these tests; the firms, people and pages are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}

ADVERT = """WorkBoard Asia > Malaysia > Penang > Logistics

Warehouse Team Lead (Tamil / English)
Pelangi Freight Solutions Sdn Bhd - Penang (Bayan Lepas), Malaysia
Listed 5 days ago | Full time | 2-year contract

About the role
Pelangi Freight runs the night sorting hub for three courier brands. You will lead a crew of eight pickers.

Pay and benefits
- Basic pay of 3,200 to 3,800 ringgit monthly
- Overtime paid at 1.5 times the hourly rate, up to 30 hours a month
- Hostel bed in Juru on request; 350 ringgit per month deducted from salary for the bed and power
- Shifts of 9 hours between 6 pm and 6 am, four nights a week

How to apply
Send your CV through this page. Candidates pay no fee to anyone. Staff hold their own passports.
"""

STORY = """Full-time pickers at a Penang warehouse say they were locked in

Workers hired through an online listing say the reality was different. Staff were locked inside the hostel at night and
their passports were taken by the supervisor on arrival, three pickers told the Penang Courier. The listing still
carries a "How to apply" box.
"""

CREDIT = """Eleven fishermen describe debts at sea

[00:05] REPORTER (Ana Lim): The men told us the captain kept their passports for two years and paid them nothing.

[00:20] FISHERMAN (Rodel, 40): We slept on the deck and worked twenty hours when the catch was good.

Digest prepared by the Harbour Radio editorial staff. This digest is not an official record of the hearing.
"""

FINDING = """Plantation cutters describe confiscated papers

Migrant cutters on an oil-palm estate in Sabah say their manager holds their papers.

Prepared by the Sabah Plantation Workers Union, a survey of 60 cutters found that the estate manager had confiscated
their passports and had not paid them for five months.
"""


def test_a_job_boards_listing_is_quiet() -> None:
    a = analyse(ADVERT, META)
    assert not a.claims
    assert not any(c.indicators for c in a.claims)


def test_a_story_of_abuse_with_listing_words_keeps_its_claims() -> None:
    a = analyse(STORY, META)
    assert any("locked inside" in c.text for c in a.claims)


def test_a_transcripts_credit_line_is_no_claim() -> None:
    a = analyse(CREDIT, META)
    assert not any("prepared by" in c.text or "official record" in c.text for c in a.claims)
    assert any("kept their passports" in c.text for c in a.claims)


def test_a_finding_of_a_prepared_report_stays_a_claim() -> None:
    a = analyse(FINDING, META)
    assert any("confiscated" in c.text for c in a.claims)
