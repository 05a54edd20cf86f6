"""Pages with nothing to find, of two more kinds (lead, session 20): a listed recruiter's results story, whose
workers are only a count of placements abroad, and a legislature's order paper, whose labour words are the titles of
bills, debates and petitions not yet held. The counter-cases are pages of the same kinds that do tell of abuse, which
must stay loud. Every text is written for this test; firms, people and outlets are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-11-05", "language": "en"}

RESULTS = """Lotus Manpower profit climbs as Gulf hiring picks up

KATHMANDU - Lotus Manpower, a recruitment agency listed on the Nepal Stock Exchange, said net profit for the first
quarter of its fiscal year rose 22 percent to 310 million rupees, and its shares closed 4 percent higher.

The agency placed 9,800 workers abroad in the quarter, most of them in Qatar, Kuwait and Malaysia, up from 7,100 a year earlier, and revenue
grew to 1.2 billion rupees, according to its filing. Analysts at Himal Capital kept their target price unchanged.

The board proposed a dividend of 8 percent. "Employers in Kuwait are asking us for more welders and nurses than we
can place," managing director Sunita Rai told investors on a call.
"""

RESULTS_ABUSE = """Lotus Manpower shares slide after workers describe seized passports

KATHMANDU - Shares in Lotus Manpower fell 9 percent on Monday after workers it sent to Kuwait said their passports
were taken on arrival and that they had not been paid for five months. Several said they had borrowed heavily to pay
the agency's fees and were told they could not leave until the debt was cleared. Analysts said revenue could suffer.
The agency denied any wrongdoing.
"""

ORDER_PAPER = """Order Paper - Legislative Council, Thursday 19 November

9.30 am: Oral questions to the Minister for Labour.
Employment (Recruitment Agencies) Amendment Bill: second reading resumed.
Committee stage: Protection of Migrant Domestic Workers Bill, clauses 4 to 11 on the retention of passports.
Motion to approve the Foreign Workers (Levy) Order 2026.
Adjournment debate: wage theft in the construction sector (Mr Daniel Okafor).
"""

ORDER_PAPER_TESTIMONY = """Order Paper - Legislative Council, Thursday 19 November

Committee stage: Protection of Migrant Domestic Workers Bill.

Petition presented by Mr Daniel Okafor on behalf of 40 domestic workers, who state that their employers took their
passports, locked them inside the homes where they worked and paid them nothing for up to a year. The petitioners say
that when one of them tried to leave she was beaten and threatened with arrest.
"""


def _indicators(text: str) -> set[str]:
    return {h.indicator for c in analyse(text, META).claims for h in c.indicators}


def test_a_recruiters_results_story_has_no_claims() -> None:
    assert analyse(RESULTS, META).claims == []


def test_a_recruiters_shares_falling_over_abuse_is_still_reported() -> None:
    assert {"retention_of_identity_documents", "withholding_of_wages"} <= _indicators(RESULTS_ABUSE)


def test_an_order_paper_listing_labour_bills_has_no_claims() -> None:
    assert analyse(ORDER_PAPER, META).claims == []


def test_a_petition_that_tells_of_abuse_is_still_reported() -> None:
    assert len(_indicators(ORDER_PAPER_TESTIMONY)) >= 2
