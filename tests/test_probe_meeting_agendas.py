"""A committee's meeting agenda and a school's advert tell of nothing that happened to anyone: a hearing's title that
names forced labour is an item of business, and a school's dormitory, visa letters and job advice are services on offer
(knowledge indicators.yaml event_reports: programme, school_advert). "Letters" beside a nail bar are no letters barred
(FL04.r3_comms_banned). Texts written for this test; the board, school, people and prices are invented."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

_AGENDA = """CITY OF LEEDS COUNCIL
Scrutiny Board (Economy and Skills)

DRAFT AGENDA

Wednesday 9 September 2026 at 10.30 am, Civic Hall, Committee Room 6

1. Apologies for absence

2. Minutes of the previous meeting (8 July 2026)

3. Chair's announcements

4. Hearing: "Forced labour in car washes: what the new licensing scheme should require"
   - Representative of West Yorkshire Police, modern slavery unit
   - Representative of a car wash operators' association (to be confirmed)

5. Follow-up to the session of 8 July on migrant workers from Vietnam and Albania in nail bars: a letter to the
Home Office, in draft, for debate
   Lead member: Cllr Ruth Ambler

6. Any other business

7. Date of next meeting: 14 October 2026

Papers are published five working days before the meeting. Interpretation into British Sign Language on request.
"""

_SCHOOL = """Speak the language of the Gulf - Kathmandu Arabic Centre

Autumn intake 2026: registration closes on 20 August. Limited places!

Our courses

- Arabic for hotel and hospitality staff: 8 weeks, 15 hours a week, NPR 18,000
- Arabic for drivers and security guards: 6 weeks, NPR 12,500
- Weekend conversation club: NPR 1,500 a month

Why choose us?

Classes of eight, teachers from Jordan who are native speakers, and a placement test on the first day. Our
graduates work in hotels in Doha and Dubai and as drivers in Riyadh.

Hostel

Students from the hills may stay in our hostel: six beds per room, meals included, NPR 7,000 a month.

Visa help

We write invitation letters for students joining our long courses. We do not handle work permits or jobs abroad.

"The teachers were patient, and I passed my interview in Doha." (Sunita R., class of 2025)
"""

_SCHOOL_REPORT = """KATHMANDU - Students at a private Arabic school in the capital say its owner kept their passports after
they paid NPR 150,000 each for courses and jobs in Doha that never came.

"He locked our passports in his office and said we would get them back only when we paid another 40,000," one
student said. Police said they had opened an investigation.
"""


def test_committee_agenda_is_quiet() -> None:
    a = analyse(_AGENDA, {"published": "2026-09-01", "language": "en"})
    assert a.claims == []


def test_language_school_advert_is_quiet() -> None:
    a = analyse(_SCHOOL, {"published": "2026-08-01", "language": "en"})
    assert a.claims == []


def test_report_on_a_school_that_kept_passports_still_speaks() -> None:
    a = analyse(_SCHOOL_REPORT, {"published": "2026-08-01", "language": "en"})
    assert any(h.indicator == "retention_of_identity_documents" for c in a.claims for h in c.indicators)


def test_nail_bars_are_no_letters_barred() -> None:
    hits = indicators.match("Migrant workers in nail bars: a letter to the ministry, for debate.", 0).hits
    assert not any(h.indicator == "isolation" for h in hits)
    barred = indicators.match("Letters from home were barred at the camp.", 0).hits
    assert any(h.indicator == "isolation" for h in barred)
