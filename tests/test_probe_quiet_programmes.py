"""A seminar's programme (lead, session 21): its sessions, speakers, breaks and how to register name North Korean
workers only as the titles of talks not yet given, and tell of nothing done to anyone. The counter-case is an account
of the same kind of seminar after it was held, in which a speaker told of passports taken and wages kept, which must
stay loud. Every text is written for this test; bodies and people are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-11-25", "language": "en"}

PROGRAMME = """EASTGATE FORUM ON KOREAN AFFAIRS
Upcoming events

Workshop: North Korean crews, kitchens and building sites from Primorsky Krai to the Gulf

Tuesday 15 December 2026, 09:30-13:00
Venue: Eastgate Forum, meeting room B, Mapo-gu, Seoul, and livestream on the Forum's channel

Agenda
09:30 Opening remarks - President Ryu Dong-min
09:45 Panel 1: North Korean builders in Khabarovsk and Ussuriysk - Dr Anna Petrenko
10:30 Panel 2: Restaurants and their staff in Dubai and Kuwait - Mr Salim Haddad
11:15 Tea break
11:30 Panel discussion, moderated by Ms Cho Hae-won
12:30 Questions from the audience
13:00 Lunch

Registration closes on 10 December. Seats are limited.

Earlier workshops: Mothers and daughters at North Korean private markets (June) | Fishing fleets off Chongjin (April)
"""

HELD = """North Korean builders' passports kept by managers, seminar told

SEOUL - North Korean builders sent to Khabarovsk hand their passports to their managers on arrival and see no wages
until they return home, a researcher told a seminar at the Eastgate Forum on Tuesday. Dr Anna Petrenko said the men
work 14 hours a day and are not allowed to leave their dormitories alone.
"""


def test_a_seminars_programme_on_north_korean_workers_has_no_claims() -> None:
    assert analyse(PROGRAMME, META).claims == []


def test_an_account_of_the_seminar_that_tells_of_abuse_is_still_reported() -> None:
    found = {h.indicator for c in analyse(HELD, META).claims for h in c.indicators}
    assert {"retention_of_identity_documents", "restriction_of_movement"} <= found
