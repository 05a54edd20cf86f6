"""A guide for households that employ help at home, addressed to its reader, is not a report of abuse.

A consumer guide to taking on a gardener or a nanny ("a short guide to the essentials") advises the reader in the second person:
"if you take on staff, you will need a payroll", "make sure the room has a lock", "you should keep a copy". Its
sentences name passports, pay and hours as advice, not as anything done to anyone, so the page yields no claims and no
indicators. A report in which a worker tells what an employer did stays a report. Every text is written for this test;
people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-10", "language": "en"}

GUIDE = (
    "Garden & Hearth Weekly\n\n"
    "Taking on a housekeeper or a nanny in Wales: a short guide to the essentials\n\n"
    "Hiring a domestic worker for a few hours or full time brings duties as well as help.\n\n"
    "Contractor or employee?\n\n"
    "Plenty of housekeepers run their own small business, keep several clients and bring their own supplies. "
    "Then they send you a bill and sort their tax out themselves. Where you decide the hours, buy the supplies and the "
    "housekeeper works only for your family, she is most likely your employee.\n\n"
    "Wages\n\n"
    "If your nanny is an employee, you must pay her at least the minimum wage of £12.21 an hour. "
    "Going rates for domestic workers in Cardiff are £15 to £19 an hour; in the valleys, budget £12.50 to £14.\n\n"
    "Papers\n\n"
    "Before the first day, you should check that the person may legally work in Britain. "
    "Ask for the passport or residence permit, make a copy, write down the date and give the original back at once. "
    "Never keep the passport of anyone you employ.\n\n"
    "Live-in staff\n\n"
    "If your nanny lives in, set out her working hours on paper, make sure her days off are really free, and give "
    "her a bedroom she can lock. Once your payments top £130 a week, you will need to run a payroll. "
    "Deductions for board and lodging are limited by law.\n\n"
    "Tags: nanny, housekeeper, domestic worker, papers\n"
)

REPORT = (
    "A nanny from Manila said the family she worked for in Cardiff kept her passport in a locked drawer for two years.\n\n"
    "\"If you complain, you will be sent home,\" her employer told her, she said. She worked from 6am "
    "until midnight and was paid nothing for eight months.\n"
)


def test_a_household_guide_gives_no_claims_and_no_indicators() -> None:
    a = analyse(GUIDE, META)
    assert a.claims == []
    assert not {h.indicator for c in a.claims for h in c.indicators}


def test_a_report_of_a_nanny_stays_a_report() -> None:
    a = analyse(REPORT, META)
    assert any("passport" in c.text for c in a.claims)
