"""Ordinary labour news and a company's statement (lead, session 21): a lockout in a pay dispute (a pay offer's
percentage is no share of wages taken, pickets at closed gates are no one locked in), a care home whose staff covered
colleagues off sick (others' sickness, no one kept at work while ill), and a modern slavery statement that lists the
risks it screens suppliers for (risks named, not found) or fees an employer refunded to workers (a refund to them, no
debt of theirs). The counter-cases tell of the abuse in the same words and must stay loud. Every text is written for
this test; firms, people and outlets are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-11-18", "language": "en"}

LOCKOUT = """Tyre maker shuts out 1,400 staff after union rejects offer

CHENNAI - Managers at the Meridia Tyres plant shut out about 1,400 workers on Friday after the union turned down a
7 percent pay offer and voted to strike, the company said. Workers held a picket outside the closed gates through the
night. Union secretary R. Kannan said members wanted at least 11 percent. The labour department has called both sides
to talks on Monday.
"""

CARE_HOME = """Hospital ward reopens to visitors after norovirus outbreak

LEEDS - A ward at St Bride's Hospital reopened to visitors on Thursday after a norovirus outbreak. Nurses worked extra
shifts to cover colleagues off sick, a hospital spokesman said, and bank staff were brought in for the weekend.
"""

STATEMENT = """Slavery and human trafficking statement 2026: Larchfield Apparel Ltd

This statement covers the financial year to 30 June 2026. We screen our 210 suppliers in Bangladesh, Vietnam and
Turkey for risks of forced labour, debt bondage and the withholding of identity documents, through questionnaires and
unannounced audits. In the year, one supplier refunded recruitment fees paid by its workers, as our employer-pays
policy requires. We trained 95 sourcing staff on modern slavery risks.
"""

SICK_AT_WORK = """Poultry plant workers say they were made to work while sick

Workers at a poultry plant near Hereford said their supervisors forced them to keep working while they were sick with
fever, and that anyone who went home was docked two days' pay.
"""

FEES_OWED = """Garment workers repay agents' fees for years

Workers at a garment supplier in Gazipur said they had to repay recruitment fees of up to 90,000 taka to the agents
who placed them, and that the company deducted the repayments from their wages each month.
"""


def _rules(text: str) -> set[str]:
    return {h.rule for c in analyse(text, META).claims for h in c.indicators}


def _indicators(text: str) -> set[str]:
    return {h.indicator for c in analyse(text, META).claims for h in c.indicators}


def test_a_lockout_in_a_pay_dispute_has_no_claims() -> None:
    assert analyse(LOCKOUT, META).claims == []


def test_staff_covering_colleagues_off_sick_have_no_claims() -> None:
    assert analyse(CARE_HOME, META).claims == []


def test_a_statements_list_of_risks_screened_for_is_no_evidence() -> None:
    claims = analyse(STATEMENT, META).claims
    assert not any(h.indicator in {"debt_bondage", "retention_of_identity_documents"}
                   for c in claims if "screen" in c.text for h in c.indicators)
    assert not any(h.rule.endswith("repay_costs") for c in claims for h in c.indicators)


def test_workers_kept_at_work_while_sick_are_still_reported() -> None:
    assert "abusive_working_and_living_conditions" in _indicators(SICK_AT_WORK)


def test_workers_repaying_recruitment_fees_are_still_debt() -> None:
    assert "debt_bondage" in _indicators(FEES_OWED)
