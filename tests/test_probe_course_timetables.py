"""A course's or an orientation's timetable for workers about to go abroad tells of no forced labour: its days of
sessions ("Thursday 5 June — Your rights: keeping your passport, getting your wages and how to contact the
consulate"), its fee line ("Course fee: none.") and its advice ("avoiding loans") are topics, not events. The fee line
with its value is no recruitment fee (knowledge/indicators.yaml, FL09.recruitment_fees; ":" is a token of the cue
syntax now); advice to keep one's own passport, a "how to" and avoiding loans are no cues; a timetable's headings count
towards a programme page (analyse/context.py, analyse/event_reports.py). Texts written for this test; the centre and
places are invented or real towns only."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

_TIMETABLE = """KHULNA OVERSEAS SKILLS INSTITUTE
Orientation Programme for Construction Helpers, Group 14
Timetable, 2 to 13 June 2026

All trainees going to Malaysia, Singapore and Brunei as construction workers must attend every session. Attendance is needed for the
completion certificate.

Week 1
Monday 2 June — Registration, eye test, safety boots
Tuesday 3 June — Scaffolding and site safety (practical)
Wednesday 4 June — Basic Malay: greetings, numbers, tools
Thursday 5 June — Your rights: keeping your passport, getting your wages on time, and how to contact the consulate in Kuala Lumpur, Singapore or Bandar Seri Begawan
Friday 6 June — Money management: bank cards, sending money to family, avoiding loans

Week 2
Monday 9 June — Heat, water and rest breaks
Friday 13 June — Written test and certificate ceremony

Course fee: none. Lunch: provided. Dormitory: Tk 300 a night for participants from outside Khulna.

What to bring: national ID card, passport, three photographs.
"""


def test_timetable_for_departing_workers_is_quiet() -> None:
    a = analyse(_TIMETABLE, {"published": "2026-05-20", "language": "en"})
    assert a.claims == [], [(c.text, [h.indicator for h in c.indicators]) for c in a.claims]


def test_fee_line_with_none_is_no_fee() -> None:
    for line in ("Course fee: none.", "Placement fees: nil for every candidate.", "Visa fee: waived."):
        assert indicators.match(line, 0).hits == [], line
    paid = indicators.match("Recruitment fee: 60,000 taka, paid to the broker in Dhaka.", 0).hits
    assert "debt_bondage" in {h.indicator for h in paid}  # a fee with its sum stays one


def test_advice_is_no_cue_but_the_deed_is() -> None:
    advice = "Your rights: keeping your passport, getting your wages on time, and how to contact the consulate."
    assert indicators.match(advice, 0).hits == []
    assert indicators.match("Sending money to family, avoiding loans.", 0).hits == []
    kept = indicators.match("The foreman kept their passports in the company's office safe.", 0).hits
    assert "retention_of_identity_documents" in {h.indicator for h in kept}
