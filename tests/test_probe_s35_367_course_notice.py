"""A training body's notice of a course, headed as a notice or a call for nominations and closed by how to nominate or
apply (a study of s35 on a held-out set; every text here is written for this test, with fictional bodies and people):
it offers a course and its terms and tells of nothing done to anyone, so it gets no claims, even where its syllabus
names forced labour as a subject taught. A story about such a course in which trainees say they were charged or
held keeps its claims."""

from __future__ import annotations

from labourlens.analyse.listing_adverts import course_advert
from labourlens.analyse.pipeline import analyse

NOTICE = """COURSE NOTICE

Port Inspection Skills for Labour Officers
Tema, Ghana - 8 to 19 June 2026

Issued by the Coastal Labour Academy, 2 March 2026

The Academy invites labour departments in West Africa to put forward officers for its two-week course on inspecting fishing and cargo vessels in port.

Syllabus
Week one covers vessel documents, crew lists and employment contracts. Week two covers interviewing crew members in private, the signs of forced labour and debt bondage that an inspector should look for, and how to refer a case safely.

Terms
- There is no tuition fee for nominated officers.
- The Academy pays a daily allowance of GHS 400 (about $26) for each day of the course and provides shared rooms at its hostel.
- Officers receive a certificate after passing the final practical test.

How to nominate
Departments should send a nomination form and a letter from the head of department to the registrar by 15 April 2026. The course takes 30 officers.

Registrar: Mr Kofi Adjei-Mensah, courses@cla.example
"""

STORY = """ACCRA - Trainees on a private seafarers' course at Tema said the school kept their passports and charged each of them GHS 6,000 for a training course that never ran.

"They told us we could not leave until the fees were paid," said Ama Owusu, 24. A second trainee said guards stood at the hostel gate at night.

The school did not reply to questions. Applications close on 30 June, according to its website.
"""


def _body(text: str) -> tuple[list[str], int]:
    a = analyse(text, {})
    return [s.text for s in a.sentences if s.kind == "body"], len(a.claims)


def test_course_notice_is_an_advert_and_quiet() -> None:
    body, claims = _body(NOTICE)
    assert course_advert(NOTICE, body)
    assert claims == 0


def test_story_about_a_course_keeps_its_claims() -> None:
    body, claims = _body(STORY)
    assert not course_advert(STORY, body)
    assert claims >= 2
