"""Probes: pages that tell of nothing done to anyone stay quiet although they use a word of an account of abuse. A job
advert's hotline "for hiring complaints" is a channel for grievances, not a complaint made; a firm's page on its own
practices that trains staff to spot "the signs of forced labour" vows to prevent it and tells of no case; a short
course's notice whose days are topics ("Day 2 - Worker debts and recruitment fees") is a programme, not an account.
Near misses stay in the domain: a firm's page that tells of forced labour found at a supplier, an advert page that
tells of complaints made, a course notice with an account of passports taken. Texts written for these tests; the
firms, the college and the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rule_notices import tells_of_abuse

META = {"published": "2026-11-20", "language": "en"}

ADVERT = """Kerisik Careers | Factory jobs | Johor

MACHINE OPERATORS WANTED - 40 VACANCIES
Tanjung Lestari Plastics Sdn Bhd | Pasir Gudang, Johor

The role
Operators run injection-moulding presses on a 12-hour shift, alternating weeks of day and night work.

What we offer
- Monthly wage RM 1,800, with a night allowance of RM 200.
- Overtime paid under the Employment Act.
- Typical take-home pay with overtime: RM 2,100 to RM 2,500 a month.
- Shared hostel near the plant at RM 50 a month, deducted from wages only if the worker agrees in writing.
- Free van to the plant from Masai and Kota Tinggi.

Migrant candidates
The employer covers the levy, the visa and the flight. Nobody should pay any middleman for this post.

How to apply
Bring your identity card to our office on Jalan Keluli, weekdays 8 a.m. to 5 p.m. Shortlisted candidates will be contacted.

Hotline for hiring complaints: 1-800-22-4410 (Malay, English, Burmese)
"""

POLICY = """Dong Tien Knitwear Company
Home | Products | Sustainability | Contact

Sustainability > Our people

Our commitments
Dong Tien Knitwear employs some 3,200 staff at two mills in Bac Ninh and Hai Duong, Vietnam. We knit sweaters for
retailers in Korea and Australia.

We train each line leader to spot the signs of forced labour among their teams. Our supplier code covers every
dye house we buy from.

Hiring
We hire at our own gates and at district job fairs. Our staff never pay a fee to be hired.

Hours and housing
Our normal week is 48 hours. Extra hours are voluntary and approved by the union. Our hostel is optional and has no
curfew.
"""

COURSE = """Mekong Delta Labour College
Training Notice

Diploma in Supplier Labour Standards (Intake 4)
Venue: Can Tho campus, Vietnam | Dates: 9-13 March 2027

Who can attend
Factory HR officers, buyers' compliance staff and labour inspectors from the Mekong provinces.

Course outline
Day 1 - Vietnam's Labour Code and what buyers now ask of suppliers.
Day 2 - Worker debts and recruitment fees: how to follow a fee from a broker to a payslip.
Day 3 - Interviews on the factory floor.
Day 4 - Repaying fees and handing back papers: remedies that last.
Day 5 - Writing the audit summary.

Fees
Early bird (until 1 February): 9 million dong. Standard: 11 million dong. Three bursaries are open to union staff.

Enrol at mdlc.example/diploma. Places are limited to 25.
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in analyse(text, META).claims]


def test_a_job_advert_with_a_complaints_hotline_stays_quiet() -> None:
    assert _claims(ADVERT) == []


def test_a_firms_own_page_that_trains_staff_to_spot_forced_labour_stays_quiet() -> None:
    assert _claims(POLICY) == []


def test_a_course_notice_whose_days_name_fees_stays_quiet() -> None:
    assert _claims(COURSE) == []


def test_a_channel_for_complaints_is_no_account() -> None:
    assert not tells_of_abuse(["Hotline for hiring complaints: 1-800-22-4410 (Malay, English, Burmese)"])
    assert not tells_of_abuse(["Staff can use the complaints box at each gate."])
    assert not tells_of_abuse(["We train each line leader to spot the signs of forced labour among their teams."])


def test_a_complaint_made_or_a_finding_is_still_an_account() -> None:
    assert tells_of_abuse(["Three operators filed complaints about their pay last month."])
    assert tells_of_abuse(["Signs of forced labour were found at one of our dye houses in 2025."])


def test_a_firms_page_that_tells_of_forced_labour_found_is_no_quiet_page() -> None:
    text = POLICY.replace("Our supplier code covers every\ndye house we buy from.",
                          "In 2025 an audit found that a dye house had confiscated the passports of eleven "
                          "Cambodian workers; we ended the contract.")
    assert _claims(text) != []


def test_a_course_notice_with_an_account_of_passports_taken_is_no_quiet_page() -> None:
    text = COURSE.replace("Factory HR officers, buyers'", "Why this course: at a Dong Nai mill last year, a broker "
                          "confiscated the passports of Cambodian sewers, and two of them were beaten when they asked "
                          "for them back.\n\nFactory HR officers, buyers'")
    assert _claims(text) != []
