"""Probes (session 41, from heldout414's quiet pages): a notice of a one-day course or workshop for buyers who must
trace their goods under a forced-labour law calls the reader to register in several ways ("Register by 3 March at
...", "Book your place", "Sign up at ..."): it tells of nothing done to anyone and yields no claims. Near miss: a story
about a course whose trainees say their passports were kept is a report. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

NOTICE = """TRAINING NOTICE

Tracing cobalt and fishmeal: evidence for buyers

Gdansk, Poland | Thursday 4 June 2026 | 10:00-16:00
Organised by the Baltic Sourcing Skills Centre

Who should attend
Buyers and customs brokers at importers who must show under the UFLPA that their inputs were not made by Uyghur
workers in Xinjiang.

Trainers
The day is run by a former port inspector and a chemist. Each of them has worked for importers of batteries,
feed and seafood for many years.

Fees
EUR 380, lunch included.

{call}"""

CALLS = [
    "Register by 20 May at skills.example/tracing.",
    "Book your place at skills.example/tracing; seats are limited to 30.",
    "Sign up at skills.example/tracing before 20 May.",
]

STORY = """TRAINING NOTICE

Orientation course for departing welders

Trainees on last month's course told us the centre kept their passports until they paid a second fee, and two said
they were locked in the hostel at night.

Register by 20 May at centre.example."""


@pytest.mark.parametrize("call", CALLS)
def test_a_course_notice_with_a_call_to_register_is_quiet(call: str) -> None:
    assert analyse(NOTICE.format(call=call), {}).claims == []


def test_a_story_about_a_course_is_a_report() -> None:
    assert analyse(STORY, {}).claims
