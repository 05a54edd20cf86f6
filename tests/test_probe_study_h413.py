"""Probes for the forty-third session's study of a held-out set (s43): a job advert whose terms name an unpaid
lunch break, leave counted in calendar days, and lines of a page that
report nothing (a poster's promise of an update, the name a page gives a witness, a sitting adjourning an item).
All people and firms are made up."""

from __future__ import annotations

from labourlens.analyse.claim_filters import is_programme_line
from labourlens.analyse.dates import find
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}

_ADVERT = """VACANCY: Warehouse pickers (6 posts)
Employer: Belka Logistika LLC, Khabarovsk

About us
Belka Logistika runs two cold stores on the edge of Khabarovsk and supplies shops across the region.

Pay and hours
- Monthly pay of 80,000 to 95,000 rubles, paid into a bank card in your own name
- Shifts from 9:00 to 18:00 on weekdays; the lunch break is forty minutes and unpaid
- Annual paid leave of 28 calendar days

Housing and travel
- Beds in our workers' hostel cost 5,000 rubles a month; you may live elsewhere.
- Our own minibus takes staff from the hostel to the cold stores at 8:10.
- Your train fare to Khabarovsk is repaid once you pass probation.

What we ask
- Russian citizenship, or a work permit for foreign citizens

Your documents
Your passport stays with you. We copy it on your first day.

How to apply
Send a CV to jobs@belka-logistika.example or call +7 421 555 0199 on weekdays.
"""


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.text, t.days_low, t.days_high) for t in find(text) if t.kind == "duration"]


def test_job_advert_with_an_unpaid_lunch_break_is_quiet() -> None:
    a = analyse(_ADVERT, META)
    assert not a.claims
    assert not {h.indicator for c in a.claims for h in c.indicators}


def test_unpaid_wages_still_tell_of_abuse_in_an_advert_page() -> None:
    from labourlens.analyse.rule_notices import tells_of_abuse

    assert not tells_of_abuse(["The lunch break is forty minutes and unpaid."])
    assert tells_of_abuse(["The pickers were left unpaid for three months."])


def test_leave_in_calendar_days() -> None:
    found = _durations("Staff get paid leave of 24 calendar days.")
    assert [(d[0], d[1]) for d in found] == [("24 calendar days", 24.0)]


def test_lines_that_report_nothing() -> None:
    assert is_programme_line("Will post again once I know more.")
    assert is_programme_line("INTERVIEWER: We'll call her Dilnoza.")
    assert is_programme_line("We shall now adjourn this item.")
    assert not is_programme_line("We will call him to testify about the beatings at the farm.")
