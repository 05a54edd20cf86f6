"""Pages with nothing to find stay quiet: a job advert, a rule announced to apply from a date, a help page of questions
and answers, a lawyer's column on a reader's case, and a firm's page on its own practices (texts invented)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}


def _quiet(text: str) -> None:
    a = analyse(text, META)
    assert a.claims == []


def test_job_advert_is_quiet() -> None:
    _quiet("""Harbourview Hospital Group | Jobs

Vacancy: Night Porter (2 posts)
Location: Harbourview General, Valletta

The role
The Night Porter moves patients and supplies between wards. Porters keep the staff gate locked at night and check every
visitor who wants to leave after midnight. The rota covers weekends and bank holidays too, and extra hours past two a
day are logged and paid at the statutory rate.

Package
- EUR 1,600 to EUR 1,800 per month
- A bed in staff housing near the hospital

To be considered, e-mail a CV and two references to jobs@harbourview.example; applications close on 30 June.
""")


def test_rule_announcement_is_quiet() -> None:
    _quiet("""Republic of Maravia - Department of Employment
Press Notice

Heat rule for outdoor sites

Outdoor jobs are banned in the hottest hours from 15 June, and the ban will apply until 15 September, the Department
says.

Contractors must halt open-site tasks between 1 pm and 4 pm. Contractors must set up shade, cool water and a rest area.
Extra hours past two a day are to be logged and paid at the statutory rate, and no one may stay on site beyond a
twelve-hour shift.

The Department is grateful to contractors for guarding every labourer's health this summer.
""")


def test_help_page_is_quiet() -> None:
    _quiet("""Parcelo Couriers | Help > Pay > Peak Bonus

Peak Bonus: frequently asked questions

What is Peak Bonus?
A top-up paid to couriers who finish a set number of drops within one week.

Who can join?
Any courier with an active account can join. You may use your own van or a rented one.

When does the money arrive?
It arrives together with your Monday transfer.

Will the top-up alter the service fee I pay?
The platform keeps a service fee of 15% on every drop, bonus or no bonus.
""")


def test_lawyer_column_is_quiet() -> None:
    _quiet("""The Lakeside Courier | Money

ASK THE LAWYER

What am I owed when I leave?

Q: I repair buses for a depot and have done so for four years, on 2,400 lira a month. I mean to leave in the autumn.

A: The Employment Code gives you one month's notice for each full two years of service. If your salary stays the same
until your last day, the payout comes to roughly 4,800 lira. Severance is not cut when a worker resigns, and the whole
sum is yours. Your employer must settle it with your unused holiday within ten days of your last day.
""")


def test_firm_policy_page_is_quiet() -> None:
    _quiet("""Responsible Business: Our People | Alder Grove Resorts

Our 900 staff come from 25 countries. Below we describe how we hire and house them, as part of our annual report.

We charge no one a fee to be hired. We hire through two licensed agencies in each country. Every hire gets a contract
written in a language they read before departure. All wages are paid monthly into staff bank accounts under the
national law. Overtime is recorded by our clocking system. Staff live in our residence, two to a room, and hold
their own passports; a bus runs to the resort hourly.
""")
