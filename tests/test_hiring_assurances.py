"""A hiring notice's assurances are no rebuttal: an employer that promises to charge no fee and to leave workers their
papers answers no allegation, so its notice stays quiet; extra hours paid at a premium are no forced overtime, and
rooms for three with air conditioning are no crowding. A firm that denies what a report alleged still answers it,
and crowded rooms and forced extra hours stay cues. Texts written for these tests; names and figures are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-04-20", "language": "en"}

HIRING = """Electronics maker to take on 800 line workers

SUZHOU, 18 April 2026 - Lianfeng Circuits will recruit 800 assembly workers for a new line in the city's industrial
park, the company said at a job fair on Friday.

Basic pay is 4,800 yuan a month, and extra hours earn time and a half, the company's notice says. Staff may stay in
company flats with three beds to a room and air conditioning.

"Nobody pays us a fee to get this job and we never keep anyone's identity card," said Lu Fang, who runs hiring for
the firm. "Anyone may resign with thirty days' notice."

The city's job centre said about 2,500 people visited the fair.
"""

REBUTTAL = """Circuit maker rejects claims about its dormitories

SUZHOU - Lianfeng Circuits on Monday rejected allegations by a labour group that it confiscated the identity cards
of student interns and charged them placement fees.

"We do not charge interns any fee and nobody's identity card is kept by us," the company said in a statement.
"""


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence, 0).hits}


def test_a_hiring_notice_with_assurances_is_quiet() -> None:
    assert analyse(HIRING, META).claims == []


def test_a_rebuttal_of_an_allegation_keeps_its_denials() -> None:
    claims = analyse(REBUTTAL, META).claims
    assert any(c.polarity == "negated" for c in claims)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Extra hours earn time and a half, the notice says.", "excessive_overtime"),
    ("The firm houses its staff three workers to a room, every room air-conditioned.", "abusive_working_and_living_conditions"),
])
def test_paid_extra_hours_and_comfortable_rooms_are_no_cues(sentence: str, indicator: str) -> None:
    assert indicator not in _kinds(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Fourteen women slept in one room with no air conditioning.", "abusive_working_and_living_conditions"),
    ("The interns were forced to work extra hours on the night line.", "excessive_overtime"),
])
def test_crowding_and_forced_extra_hours_stay_cues(sentence: str, indicator: str) -> None:
    assert indicator in _kinds(sentence)
