"""Pages about students, interns and trainees with nothing to find (probe study-316): a college's fair of internships
whose one sentence on visas allows term-time work up to a number of hours, a newspaper's advice column in which a reader
asks about studying and working abroad and the columnist answers in the second person, a student-visa work guide; and
the lexicon's reading of a limit that the rules allow. Every text is written for this test; people, colleges and outlets are fictional (places are
real)."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rules_explainer import rules_explainer

META = {"published": "2026-05-11", "language": "en"}

FAIR = """Spring Placement Fair | Student Futures | Dunmore College

Spring Placement Fair 2026

Thursday 19 March 2026, 10am to 2pm, Sports Hall, Dunmore College, Glasgow

Around forty exhibitors from banking, software, retail and the health service will be looking for students for
summer internships and placement years. Most exhibitors also run graduate schemes.

Getting ready

Bring printed copies of your CV and ask a careers adviser to look it over the week before.

Pay

All internships we list are paid at least the legal minimum wage for the worker's age. Overseas students who hold a
student visa can work up to 15 hours weekly while lectures run, with no cap in the summer break.

Questions? Write to futures@dunmore.example.
"""

COLUMN = """The Valley Herald | Money and Work | Ask Meera

Should my son borrow to study in Seoul?

Each Monday this advice column takes one letter from the post bag. Write to askmeera@valleyherald.example.

Q: My son wants to enrol at a Korean language institute in Seoul and pay his way with part-time work. An agency in
Pokhara has asked us for Rs 9 lakh. Is it worth it?

A: Each year thousands of young people from Gandaki head to Korea on student visas, and many of them cope well.
Plan it together first.

Under the visa rules, language students in Korea can work up to 25 hours a week once they have a work permit, and
longer in the long holidays. Cafe and factory jobs pay around 10,000 won an hour in Seoul, which covers rent and
food for a careful student but seldom the institute's fees of 6 million won a year too.

Ask the agency for a written list of what the Rs 9 lakh pays for. Keep every receipt.

Should your household need a big loan for all this, weigh it carefully. A degree at home first, and a move abroad
later, may suit your son better.
"""

VISA_GUIDE = """Study Abroad Weekly | Help pages

Jobs for international students in Canada: a short guide to the essentials

A short guide for new arrivals, updated for the autumn intake.

Most international students can work up to 24 hours weekly off campus while classes run, and without a cap in
scheduled breaks. Check the conditions printed on your study permit before you accept a job.

Your employer must pay you at least the provincial minimum wage. Keep your pay slips: you will need them for your tax
return.

You do not need to hand your passport to an employer. An employer may ask to see it once, to check that you may work.

If you are unsure, ask your college's international office.
"""

def test_an_internship_fair_is_quiet() -> None:
    a = analyse(FAIR, META)
    assert a.claims == []
    assert not {h.indicator for c in a.claims for h in c.indicators}


def test_an_advice_column_is_quiet() -> None:
    a = analyse(COLUMN, META)
    assert a.claims == []
    body = [s.text for s in a.sentences if s.kind == "body"]
    assert rules_explainer(COLUMN, body)  # a reader's question answered: advice, as a guide's rules are


def test_a_student_visa_guide_is_quiet() -> None:
    assert analyse(VISA_GUIDE, META).claims == []


def test_hours_the_rules_allow_are_no_overtime() -> None:
    allowed = "Holders of that permit can work up to 18 hours weekly while classes run."
    assert "excessive_overtime" not in {h.indicator for h in indicators.match(allowed, 0).hits}
    worked = "Holders of that permit worked up to 70 hours weekly while classes ran."
    assert "excessive_overtime" in {h.indicator for h in indicators.match(worked, 0).hits}
