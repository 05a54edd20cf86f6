"""A union's dispute on a plantation that tells of pay docked as a reprisal for organising is a report of coercion, not an
ordinary wage dispute; and a report about leaf pluckers, latex tappers or cane cutters names workers though it never
says "workers". Every text is written for this test; people, estates and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.punitive_fines import punitive_fines

META = {"published": "2025-09-01", "language": "en"}

STRIKE = (
    "Walkout at four coffee estates enters second week\n\n"
    "Staff at four coffee estates run by Greyhill Agro near Chikmagalur stayed off work for a sixth day in a strike "
    "called by the Estate Staff Union over pay.\n\n"
    "The union said the company had failed to pay a bonus promised in January and still owed wage arrears for May.\n\n"
    "Greyhill Agro is also said to have docked two days' pay from employees who went to the union's rally in July, "
    "according to the union's secretary, Ravi Menon.\n\n"
    "The company said the bonus would be settled after mediation with the union.\n"
)


def test_pay_docked_for_a_rally_keeps_a_dispute_a_report() -> None:
    a = analyse(STRIKE, META)
    assert any("docked two days' pay" in c.text for c in a.claims)


def test_docked_for_organising_reads_as_punitive() -> None:
    assert punitive_fines(["The firm fined the loaders for joining the strike in March."])
    assert punitive_fines(["It cut a week's wage from members who went to a union rally."])
    assert not punitive_fines(["The union said it would call a strike if the wage was cut."])
    assert not punitive_fines(["The company was fined for ignoring the strike notice."])


ESTATE = (
    "Tappers on a Kisii plantation say the store takes their pay\n\n"
    "On the Red Ridge plantation near Kisii, most families buy maize flour on tick from the estate shop.\n\n"
    "Slips seen by this paper show 9,000 shillings earned in a month and 7,500 deducted for the store.\n\n"
    "The store book says the families owe more than a year's pay, and nobody may leave the plantation until the book "
    "is cleared.\n"
)


def test_report_naming_tappers_yields_claims() -> None:
    a = analyse(ESTATE, META)
    assert any("7,500 deducted" in c.text for c in a.claims)
