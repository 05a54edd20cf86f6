"""A firm's own code of conduct for its suppliers (study s345, analyse.policy_pages, knowledge indicators.yaml
``policy_pages``): headed as a code or a sourcing policy, its body sets out what suppliers shall do about papers, fees,
hours and pay, and what the firm does to check. It tells of nothing done to anyone: no claims. The same page that
reports what workers said of a supplier keeps its claims. Every text is invented (firms fictional, places real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}

CODE = """Responsible Sourcing Policy | Larkspur Outdoor Gear

Responsible Sourcing Policy
Edition 3 · Applies from 1 March 2026

Larkspur Outdoor Gear makes tents and jackets and sources them from about 60 workshops in Cambodia and Sri Lanka.
Every workshop that makes goods for us signs this policy with its first order.

Employment that is freely chosen

Workshops must not keep the passports, residence cards or bank cards of their staff.
No employee may be charged a fee or a deposit to be hired, and any such cost is borne by the employer.
Staff must be free to resign after giving the notice set in their contract.

Hours and pay

A normal week shall not be longer than 48 hours, and extra hours must be voluntary.
Every employee shall get one full rest day each week.
Pay must reach each employee in full every month, with no deductions used as a punishment.

How we verify

An independent firm visits each workshop every eighteen months.
Staff can call our confidential line in Khmer and Sinhala.
"""

NEAR_MISS = CODE.replace(
    "Staff can call our confidential line in Khmer and Sinhala.",
    "Staff can call our confidential line in Khmer and Sinhala. Last spring three sewers at a workshop in Kampong Speu "
    "told our auditors that their supervisor had kept their passports for a year and that they were beaten for "
    "refusing night shifts.")


def test_supplier_code_page_has_no_claims() -> None:
    a = analyse(CODE, META)
    assert a.claims == []


def test_code_page_that_reports_abuse_keeps_claims() -> None:
    a = analyse(NEAR_MISS, META)
    assert any("passports" in c.text for c in a.claims)
