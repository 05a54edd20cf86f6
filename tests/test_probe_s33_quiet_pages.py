"""Study 349: pages that tell of nothing done to anyone stay quiet: a job board's listing headed with the number of
places open and the employer as a field, and an institution's own numbered notice (a college's or a university's
office) on its courses, fees and registration. A story about such a listing or notice reports words or tells of
abuse and keeps its claims. Every text is written for this test; firms and people are fictional."""

from __future__ import annotations

from labourlens.analyse import pipeline

_JOB_LISTING = (
    "Coastline Jobs \u00b7 Fish processing \u00b7 Portvale\n\n"
    "Fish filleting line workers (cutting / packing) - 25 openings\n"
    "Employer: Brightmoor Seafoods Co., Ltd., Eastgate Industrial Park, Portvale\n\n"
    "Requirements\n"
    "Applicants aged 20 to 45 holding a national ID. Newcomers learn the line in three days.\n\n"
    "Pay and hours\n"
    "Base wage 3,900 yuan monthly on 40 hours weekly. Extra hours are up to you and earn time and a half. "
    "Wages go by transfer to a bank card in your name on the 5th.\n\n"
    "Food and housing\n"
    "Canteen lunches are deducted at 12 yuan a day, only on days you take one. Beds in the staff dormitory (six "
    "per room, heated, hot showers) cost 120 yuan monthly, deducted from wages. The dormitory is optional; most "
    "staff rent in town and ride the company bus.\n\n"
    "Papers\n"
    "Your ID stays with you. HR copies it for the contract and hands it back at once.\n\n"
    "How to apply\n"
    "Apply in person at the depot office, Monday to Friday. We charge no fees.\n"
)

_JOB_STORY = (
    "Coastline Jobs \u00b7 Warehouse \u00b7 Portvale\n\n"
    "Forklift drivers (day and night rota) - 12 openings\n"
    "Employer: Brightmoor Cold Storage Ltd., Eastgate Logistics Park, Portvale\n\n"
    "Drivers aged 21 to 55 with a valid licence.\n\n"
    "Two drivers hired through this listing said the manager took their passports and locked them in the hostel "
    "at night.\n\n"
    "How to apply\n"
    "Apply in person at the depot office.\n"
)

_COLLEGE_NOTICE = (
    "Harbourside Maritime College, Port Elsing\n"
    "Admissions Office \u00b7 Notice No. 12/2027\n\n"
    "Foundation English course for overseas applicants\n\n"
    "The college invites applications for its nine-month foundation course, which begins in October.\n\n"
    "Fees and housing\n"
    "Tuition is 4,800 euros for the full course. A room in the student residence costs 310 euros monthly. Residents "
    "hold a key card and are free to leave or return whenever they like.\n\n"
    "Visas\n"
    "The college sends each applicant a letter supporting the student visa application. New students hand in their "
    "passports at the Admissions Office for registration with the migration police; each passport is given back in "
    "person the same day.\n\n"
    "Working while studying\n"
    "Students may work up to 20 hours a week in term time without a separate work permit.\n\n"
    "Contacts: Admissions Office, Block C. Open weekdays, 9:00-16:00.\n"
)

_COLLEGE_STORY = (
    "Harbourside Maritime College, Port Elsing\n"
    "Admissions Office \u00b7 Notice No. 12/2027\n\n"
    "Students on the foundation course told reporters that the college kept their passports for months and sent them "
    "to work night shifts at a fish plant.\n"
)


def test_job_listing_with_openings_is_quiet() -> None:
    assert pipeline.analyse(_JOB_LISTING).claims == []


def test_story_about_a_listing_keeps_claims() -> None:
    assert pipeline.analyse(_JOB_STORY).claims


def test_institution_notice_is_quiet() -> None:
    r = pipeline.analyse(_COLLEGE_NOTICE)
    assert r.claims == []


def test_institution_notice_has_no_outlet() -> None:
    r = pipeline.analyse(_COLLEGE_NOTICE)
    assert r.meta.outlet is None


def test_story_about_a_notice_keeps_claims() -> None:
    assert pipeline.analyse(_COLLEGE_STORY).claims
