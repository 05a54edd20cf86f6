"""A blog that prints a question from a city's public message board and the office's reply, each under a label in
capitals ('QUESTION from user "..."', "REPLY from <office>"), then its own note: the question is the user's (a
``named_person`` worded by the user name), the reply the office's, the note the blog's; and "what a driver told me:
that ..." is the driver's account. Every text is written for this test; people and offices are fictional (places
are real)."""

from __future__ import annotations

from probe_helpers import speakers_by_opening

PAGE = """Amur Jottings

Here follows a question left on the city's public board, with the labour office's answer, both in my translation.

QUESTION from user "Birch Lane 804"
Subject: the sawmill on Depot Street
Dear officials: the sawmill on Depot Street keeps many foreign loggers behind a fence. They are never seen in the shops. Please look into it.

REPLY from Khabarovsk Municipal Labour Inspection Office
Hello! Your message was received. Our office sent inspectors to the sawmill.
1. The sawmill employs 64 workers, all of them local residents with contracts.
2. Wages are paid on time by bank transfer.
Thank you for your interest in labour matters!

My note
The answer is silent on whether anyone saw the hostel. And the user's account matches what a Khabarovsk trucker told me in May: that the yard holds about 80 foreign loggers who are driven between the hostel and the cutting site.
"""


def test_labelled_question_is_the_users() -> None:
    got = speakers_by_opening(PAGE, 25)
    assert got["They are never seen in th"] == ("Birch Lane 804", "named_person")


def test_labelled_reply_is_the_offices() -> None:
    got = speakers_by_opening(PAGE, 25)
    office = "Khabarovsk Municipal Labour Inspection Office"
    assert got["The sawmill employs 64 wo"][0] == office
    assert got["Wages are paid on time by"][0] == office


def test_what_a_trucker_told_me_is_the_truckers() -> None:
    got = speakers_by_opening(PAGE, 25)
    assert got["And the user's account ma"] == ("a Khabarovsk trucker", "anonymous_source")


LONG_SUBJECT = PAGE.replace("Subject: the sawmill on Depot Street\nDear officials: the sawmill",
                            "Subject: Concerning the loggers who live behind the fence at the sawmill in the Depot Street "
                            "industrial park\nDear officials: the sawmill")


def test_question_under_a_long_subject_line_is_the_users() -> None:
    got = speakers_by_opening(LONG_SUBJECT, 25)
    first = next(k for k in got if k.startswith("Subject: Concerning"))
    assert got[first] == ("Birch Lane 804", "named_person")
