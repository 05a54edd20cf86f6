"""Pages with nothing to find, of three more kinds (lead, session 20): a court's list of the day's cases, whose lines
name the parties, the claim ("unlawful deduction from wages") and the stage of the hearing; a course outline whose
weeks are topics ("Debt bondage and recruitment fees") and whose office hours are two hours of an afternoon; and the
launch of a hotline that lists what workers may report on it. Also the clock arithmetic behind the second: "from 2 to
4 pm" is two hours. The counter-cases tell of abuse in the same shapes and must stay loud. Every text is written for
this test; people, firms, courts and colleges are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse import worktime
from labourlens.analyse.case_captions import case_caption
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-11-20", "language": "en"}

CAUSE_LIST = """Daily list - Employment Tribunal (Bristol), Monday 30 November

Court 1 (10.00 am): Mr J. Mensah v Coastline Catering Ltd - unlawful deduction from wages - case management.
Court 2 (10.00 am): Ms P. Nowak v Harbourside Hotels Ltd - unpaid overtime and holiday pay - full hearing, day 1 of 2.
Court 3 (2.00 pm): Mr S. Rahman v Elmfield Care Ltd - repayment of visa sponsorship costs - preliminary hearing.
Parties should arrive half an hour before the listed time.
"""

COURSE = """Course outline: SOC 318 Work, Migration and Unfree Labour (autumn term)

Week 1: Free and unfree labour in historical perspective.
Week 2: Debt bondage, wage advances and recruitment fees.
Week 3: Passports, permits and the sponsorship systems of the Gulf.
Assessment: a 2,500-word essay (50%) and a seminar presentation (50%). The reading list is on the course website.
Office hours: Thursdays 2-4 pm, room B214.
"""

HOTLINE = """Labour office opens free helpline for seasonal pickers

HUELVA - The provincial labour office on Tuesday opened a free telephone line on which seasonal farm workers can get
advice in Spanish, Arabic, Romanian and Wolof.

Pickers can call the line to report unpaid wages, a passport kept by an employer or crowded housing, the office said.
Call handlers will pass urgent cases to labour inspectors within a day. The service is also available through a
mobile app launched in the spring.
"""

HOTLINE_CASES = """Helpline hears from pickers locked in farm housing

HUELVA - In its first month a new helpline for seasonal farm workers took 340 calls, the provincial labour office
said. Callers said employers had kept their passports, that they had not been paid for six weeks and that the gates of
their housing were locked at night. Several said they had been threatened with dismissal if they spoke to inspectors.
"""


def test_a_courts_list_of_the_days_cases_has_no_claims() -> None:
    assert analyse(CAUSE_LIST, META).claims == []


def test_a_listing_line_is_a_caption_but_a_sentence_about_the_case_is_not() -> None:
    assert case_caption("Court 4 (11.00 am): Ms R. Amoah v Fenwick Farms Ltd - unpaid wages - judgment.")
    assert not case_caption("In Amoah v Fenwick Farms the tribunal found that the farm had kept her passport for a year.")


def test_a_course_outline_has_no_claims() -> None:
    assert analyse(COURSE, META).claims == []


def test_two_to_four_in_the_afternoon_is_two_hours() -> None:
    assert [h for _, _, h in worktime.long_hours("We worked from 2 to 4 pm on Saturdays.")] == [2.0]
    assert [h for _, _, h in worktime.long_hours("We worked from 2 am to 4 pm every day.")] == [14.0]


def test_a_hotline_launch_has_no_claims() -> None:
    assert analyse(HOTLINE, META).claims == []


def test_a_helplines_callers_telling_of_abuse_are_still_reported() -> None:
    found = {h.indicator for c in analyse(HOTLINE_CASES, META).claims for h in c.indicators}
    assert {"retention_of_identity_documents", "withholding_of_wages"} <= found


def test_unfree_labour_as_the_name_of_a_field_is_no_restriction() -> None:
    from labourlens.analyse import indicators

    assert not indicators.match("Week 4: Unfree labour and the law of the sea.").hits
    held = indicators.match("The boys lived as unfree hands on the boats for three seasons.").hits
    assert {h.indicator for h in held} == {"restriction_of_movement"}
