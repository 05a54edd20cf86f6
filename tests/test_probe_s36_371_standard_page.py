"""A brand's page of rules for its suppliers named as a standard ("Supplier Labour Standard", "Workplace Standards")
rather than as a code or a policy (a study of s36 on a held-out set; every text here is written for this test, with
fictional firms): it states what suppliers must do and tells of nothing done to anyone, so it gets no claims. A news
story about such a standard, in which workers say it was broken, keeps its claims."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

STANDARD = """Vendor Labour Standard | Korvalla Gear

Vendor Labour Standard

Edition 2, in force from 1 January 2026. Covers every workshop and subcontractor that sews or dyes for Korvalla Gear.

1. Free choice of work
Vendors must hire only people who applied of their own will. Employees hold their own passports and work permits throughout; a vendor may scan them and returns the originals within the hour. Employees may give notice under local law and are paid everything owed when they go.

2. Fees
No worker may pay a charge or deposit to be hired. Where a vendor uses a labour agent, the vendor pays the agent. If an audit shows that a worker paid a charge, the vendor must refund it within 20 days.

3. Pay and time
Pay is transferred every month, in full, to a bank account in the employee's own name. Normal hours may not go beyond 48 weekly; extra hours are voluntary, paid at a higher rate and limited to 10 a week. Every employee has at least one day of rest in seven.

4. Movement
Employees may leave the site and any hostel after their shift. Vendors may not keep employees' phones or limit calls to their families.
"""

STORY = """BERGEN - Workers at a dye house that supplies Korvalla Gear said the firm's Vendor Labour Standard was ignored on the shop floor.

"They kept my passport for a year and we worked 14 hours a day," said Rina Aulia, a former dyer. A second worker said the hostel gate was locked every night and that wages were withheld for three months.

Korvalla Gear said it would investigate.
"""


def test_a_standard_page_is_quiet() -> None:
    assert analyse(STANDARD, {}).claims == []


def test_a_story_about_a_standard_keeps_its_claims() -> None:
    assert len(analyse(STORY, {}).claims) >= 2
