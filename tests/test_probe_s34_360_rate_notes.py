"""Probes (session 34, lead, from heldout360's study): an employers' note that sets out the wage rates, overtime
multipliers and lawful deductions in force ("This note sets out ...", a "rate note" for payroll staff) tells of nothing
that happened to anyone and gets no claims, as other explainers of labour rules do
(:func:`labourlens.analyse.rules_explainer.rules_explainer`). Near miss: a note under the same heading that goes on to
tell of workers whose wages were withheld keeps its claims. Texts written for these tests; names are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_NOTE = """LEDGERLINE HR
{frame} | Issue 12, March 2026

Minimum wages and overtime in Peninsular Malaysia from 1 February 2026

This note sets out what the monthly minimum wage will be from 1 February 2026 and how overtime is paid under the Employment Act. Payroll staff should still read the gazette before changing pay.

Minimum wage (ringgit per month)
- Employers with five or more employees: RM 1,700
- Employers with fewer than five employees: RM 1,500

The minimum wage applies to local and foreign employees alike, including workers employed under bilateral agreements with Indonesia, Bangladesh and Nepal.

Overtime
- Overtime on a normal working day: one and a half times the hourly rate.
- A rest day worked: double the day's pay.
- Overtime on a public holiday: three times the hourly rate.
- Normal hours: 45 a week at most.

Deductions
Employers are allowed to deduct from wages for nothing except items the law names, such as EPF and SOCSO contributions and sums an employee agreed to in writing. As a rule, deductions may not exceed half of the wages earned in a month.

Next issue: leave entitlements for part-time staff.

Ledgerline HR comes out monthly; nothing in it is legal advice.
"""


def test_an_employers_rate_note_gets_no_claims() -> None:
    for frame in ("Rate note for payroll staff", "Payroll update for employers", "Monthly bulletin"):
        assert analyse(_NOTE.format(frame=frame), {}).claims == [], frame


def test_a_note_that_goes_on_to_tell_of_withheld_wages_keeps_its_claims() -> None:
    told = _NOTE.format(frame="Rate note for payroll staff").replace(
        "Next issue: leave entitlements for part-time staff.",
        "Last month three workers at a glove plant in Klang told us their wages were withheld for four months and "
        "their passports were locked in the manager's office. One worker said they were beaten when they complained.")
    claims = analyse(told, {}).claims
    assert any("withheld" in c.text for c in claims)
