"""A government's draft notification of minimum rates (its enacting words at the head, a schedule of rates, notes
on how advances are to be recovered) tells of nothing that happened to anyone: no claims, no indicators
(analyse.rule_notices.member_notice, knowledge indicators.yaml member_notices). Texts written for this test; the
state, department, reference number and rates are invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_NOTICE = """GOVERNMENT OF KAVERIPUR STATE
LABOUR WELFARE DEPARTMENT

DRAFT NOTIFICATION
Ref. KLW/417/2026, dated 09.02.2026

Subject: Proposed revision of the daily wage floor for work in salt pans and salt refining.

In exercise of powers under section 5 of the Minimum Wages Act, the State Government proposes the rates below for
every person engaged in salt pans and refining units across the State.

RATES
1. Pan raker (per day)          Rs 585
2. Bagger (per 50 bags)         Rs 120
3. Helper (per day)             Rs 470

Conditions:
(a) Where work is paid by the bag, earnings shall not be less than the daily rate for a shift of eight hours.
(b) An advance paid to a worker shall be repaid through at most ten monthly deductions, each no more than a third
of that month's earnings.

Comments on this draft may be addressed to the Deputy Labour Commissioner, Kaveripur, before the end of March.
"""

_REPORT = """Quarry workers in the East Khasi Hills say a contractor took their voter cards and has paid nothing since
March, and that anyone who asks to leave is told he must first repay an advance of Rs 20,000.

"We work from dawn until the light goes," one breaker said. "They keep our cards in a tin box in the office."
"""


def test_draft_wage_notification_is_quiet() -> None:
    a = analyse(_NOTICE, {"published": "2026-03-14", "language": "en"})
    assert a.claims == []


def test_report_of_a_quarry_still_speaks() -> None:
    a = analyse(_REPORT, {"published": "2026-03-14", "language": "en"})
    assert a.claims
