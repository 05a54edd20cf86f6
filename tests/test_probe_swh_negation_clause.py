"""Probes: the negation of a withholding-of-wages rule must deny the pay itself, in its own clause. "May not quit
before they paid" denies something else and tells of no pay held back; "no passports, no salary" and "have not been paid" do. A denial of the abuse ("no salary delays occurred",
"never been aware of any wage dispute") is no withheld pay either. Texts written for these tests; every person and company
is fictional."""

from __future__ import annotations

from probe_helpers import indicators, lexicon_indicators

WAGES = "withholding_of_wages"


def test_negated_quitting_before_paying_is_no_unpaid_wage() -> None:
    # (the lexicon's reading: the rule's negation belongs to "quit")
    assert WAGES not in lexicon_indicators("Rafael Mendes said the overseer's rule was that cutters may not quit before they paid for their tools.")
    assert WAGES in indicators("The overseer warned Rafael Mendes that none of the cutters would get paid before Christmas.")


def test_denied_delays_and_ignorance_of_complaints_are_no_unpaid_wage() -> None:
    assert WAGES not in indicators("Pinecrest's payroll auditor wrote that the bakery recorded no salary delays at any point in 2025.")
    assert WAGES not in indicators("Sunrise Staffing insisted it had never been aware of any wage dispute involving the bakers.")
    assert WAGES in indicators("Three Pinecrest bakers say they got no salary for October or November.")
