"""Probes (session 33, s350 study): two kinds of page that tell of nothing done to anyone. A how-to guide whose numbered
steps are written out as instructions to the reader ("3. Upload your lease and a photo.") is a guide as one with step
headings is, and its fees, notice periods and employers are its advice. A training centre's notice of a course (its
intakes at the top, how to register at the foot) offers the course on its terms: a fee an agency pays, a hostel bed a
night, a certificate issued in a few days. Near misses: a story that tells, under a how-to headline, what a firm did to
its cleaners keeps its claims, and so does a story about a course whose trainees say they were charged twice and kept
in. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_GUIDE = """SettleInMarlow.net - guides for newcomers

How to move your work visa to a new employer, in steps

Last checked 2 May 2026

Since the visa rules changed, most holders can switch employer online. It usually takes two to four weeks.

Getting ready
1. Ask your new employer for a signed job offer with your wage and hours.
2. Check how much notice your contract asks for; it is often four weeks.
3. Make sure your residence card is valid for another two months.

Sending it in
4. Open the visa portal and sign in with your tax number.
5. Upload the job offer, your lease and a photo.
6. Pay the processing fee of 90 pounds shown at the end, unless your new employer has paid it already.
7. Keep working for your old employer until the notice ends; your last wage goes into your account.

This page is general information, not legal advice.
"""

_GUIDE_STORY = """How to lose a job in a week: cleaners tell their story

Cleaners at Brightwave Facilities said the firm kept their passports and did not pay them for two months. "They locked
the hostel at night," one cleaner said.
1. Ask for your passport back.
2. Keep copies of your payslips.
3. Check your contract.
"""

_COURSE = """NOTICE

Caregiver training for workers bound for work abroad - new intakes for spring 2027

The Lindqvist Care Academy, Tartu, opens new intakes for its caregiver course for people travelling abroad for
care work.

Fees and costs
The course fee of 9,000 crowns is met by the placement agency, never by the trainee. A trainee may stay in the
academy's hostel for 15 euros a night, meals included.

Certificates
Anyone passing the last test gets a certificate needed for their travel papers. Certificates are issued within
four working days.

How to register
Bring your ID card, two photos and a letter from the agency to the academy's office, Monday to Friday.
"""

_COURSE_STORY = """Trainees say caregiver course kept them locked in

The Lindqvist Care Academy, Tartu, opens new intakes for its caregiver course each spring. Trainees said they were
charged the course fee twice and that the hostel doors were locked at night. "They kept our passports until we paid,"
one trainee said.

How to register: the academy's office.
"""


def test_a_guide_with_instructions_as_numbered_steps_is_quiet() -> None:
    assert analyse(_GUIDE, {}).claims == []


def test_a_story_under_a_how_to_headline_keeps_its_claims() -> None:
    claims = analyse(_GUIDE_STORY, {}).claims
    assert any("passport" in c.text and c.indicators for c in claims)


def test_a_course_notice_is_quiet() -> None:
    assert analyse(_COURSE, {}).claims == []


def test_a_story_about_a_course_keeps_its_claims() -> None:
    claims = analyse(_COURSE_STORY, {}).claims
    assert any(c.indicators for c in claims)
