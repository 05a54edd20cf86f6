"""Probes (session 41, from heldout411's quiet pages): a members' code whose only grievance word is the channel its
rules open ("Anyone can lodge a complaint against a firm with the board") stays a code; a course notice whose call
to register sends trainees through a third party ("Registration is by your employer") or to an enquiries line is still a
course notice. Near misses: a code page that tells of a complaint made, and a course page that tells of trainees
charged, keep their claims. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.rule_notices import tells_of_abuse

CODE = """HILLSIDE CARE STAFFING ALLIANCE
Code of conduct: placing care workers abroad
Agreed at the members' meeting in Arusha, 3 June 2025.

Rule A: Fees
A.1 No member firm shall take any fee from a care worker for a job, a visa or a flight.
A.2 A member firm that learns a worker paid such a fee shall refund it within 20 days.

Rule B: Papers
B.1 Member firms shall not keep workers' passports or permits, and shall get a written promise from host employers that they will not keep them.

Rule C: Pay and hours
C.1 Pay shall reach the worker's own account every month, in full.
C.2 Member firms shall place workers only where the day's work is no more than nine hours, with a weekly day off.
C.3 Workers shall keep their own phones and may call home outside working hours.
C.4 Member firms shall ask each worker every two months whether her wages have been paid in full.

Rule D: Grievances
D.1 Anyone can lodge a complaint against a firm with the Alliance board.
D.2 A member that breaks this code may be expelled.

Hillside Care Staffing Alliance, Arusha."""

CODE_TOLD = CODE.replace("D.1 Anyone can lodge a complaint against a firm with the Alliance board.",
                         "Last year a member firm kept the passports of four care workers and charged each of them a fee of "
                         "300 dollars, and two were beaten.")

COURSE = """NOTICE OF COURSE DATES
Pre-departure orientation for care workers going to the Gulf, autumn 2026
Issued by the Lakeshore Vocational Institute, Jinja | 5 August 2026

The Lakeshore Vocational Institute announces two intakes of its pre-departure orientation for care workers who hold
job offers abroad.

- First intake: 7 September to 2 October 2026
- Second intake: 5 October to 30 October 2026

Classes run from 9.30 to 3.30. There is no charge to trainees. The placing firm pays the fee of UGX 500,000 for
each trainee.

No trainee needs to pay a broker or an agent to get a seat or the certificate. The course
covers contracts, rest days, how wages are paid, keeping copies of your passport and the migrant workers' helpline.

Bring your national ID, two photographs and a notebook.

Registration
Registration is by your placing firm. Firms should send trainees' names two weeks before each intake. Enquiries:
institute office, Monday to Friday.

Lakeshore Vocational Institute, Jinja."""

COURSE_TOLD = COURSE.replace("Bring your national ID, two photographs and a notebook.",
                             "Last year several trainees said a broker charged them UGX 300,000 for a place and kept "
                             "their passports.")


def test_a_code_whose_grievance_channel_is_a_rule_stays_quiet() -> None:
    for rule in ("Anyone can lodge a complaint against a firm with the Alliance board.",
                 "Anybody may send a complaint to the board.",
                 "Workers can report abuse to the welfare desk at any hour.",
                 "A trainee may file a complaint with the registrar."):
        assert not tells_of_abuse([rule]), rule
    assert analyse(CODE, {}).claims == []


def test_complaints_made_are_still_accounts() -> None:
    for told in ("A cook lodged a complaint about the firm with the board in May.",
                 "Two workers said they could not file a complaint because the agent kept their phones."):
        assert tells_of_abuse([told]), told


def test_a_course_notice_with_registration_through_a_firm_stays_quiet() -> None:
    assert analyse(COURSE, {}).claims == []


def test_near_misses_keep_their_claims() -> None:
    assert analyse(CODE_TOLD, {}).claims != []
    assert analyse(COURSE_TOLD, {}).claims != []
