"""A course or workshop notice whose only call to the reader is a registration section, a date to register by or a
limit on places (a study of s41 on a held-out set; every text here is written for this test, with fictional bodies and
people): it offers training and its terms and tells of nothing done to anyone, so it gets no claims, even where its
programme names deductions, advances or lodging as subjects taught. A story about such a course in which trainees say
they were charged or held keeps its claims."""

from __future__ import annotations

import pytest

from labourlens.analyse.listing_adverts import course_advert
from labourlens.analyse.pipeline import analyse

_PROGRAMME = """Programme
Morning. Written contracts for harvest hands; enrolling workers in the pension fund; the statutory minimum day rate.
Afternoon. Paying wages into bank accounts, printing itemised payslips, and logging any advance on the payslip. How to keep a farm shop whose prices are displayed and which deducts nothing from pay without a signed note.
Second day. Safe use of sprayers and tractors, first aid, clean water and decent bunkhouses on outlying farms. An inspector from the district labour office will describe what an inspection looks at.
"""

NOTICES = [
    "WORKSHOP NOTICE\n\nNorthern Growers' Federation\n\nCourse: Payroll and safety for farm managers\nDates: 4-5 March 2027\n"
    "Venue: Federation hall, Kessling\n\n" + _PROGRAMME
    + "\nFee\nMembers: 90 dollars. Others: 150 dollars. Lunch on both days is included.\n\nRegistration\n"
    "By 20 February 2027 at the Federation's office, or by telephone.\n",
    "TRAINING NOTICE\n\nValley Orchard Owners' Guild\n\nCourse: Hiring and paying seasonal pickers\nDate: 11 May 2027\n\n"
    + _PROGRAMME + "\nThe fee covers lunch and a printed guide. Places are limited to 25.\n",
    "TRAINING NOTICE\n\nCoastal Packhouse Association\n\nOne-day course on payroll and lodging standards\n\n" + _PROGRAMME
    + "\nParticipants should register by 2 April at the Association's desk.\n",
]

STORY = """TRAINING NOTICE OR TRAP?

Trainees who answered a farm course notice in Kessling said the organiser kept their identity cards and charged each of them 400 dollars for lodging they never saw.

"We could not leave until the fee was paid," said Mira Dalton, 23. Another trainee said a guard locked the bunkhouse at night.

Places are limited, the organiser's website still says.
"""


def _body(text: str) -> tuple[list[str], int]:
    a = analyse(text, {})
    return [s.text for s in a.sentences if s.kind == "body"], len(a.claims)


@pytest.mark.parametrize("text", NOTICES)
def test_course_notice_with_a_registration_call_is_quiet(text: str) -> None:
    body, claims = _body(text)
    assert course_advert(text, body)
    assert claims == 0


def test_story_about_a_course_keeps_its_claims() -> None:
    body, claims = _body(STORY)
    assert not course_advert(STORY, body)
    assert claims >= 2
