"""Probes: a training centre's course notice, with the fields of a notice ("Fee:", "Dates:"), a discount for groups and
a guest hostel whose gate shuts late with a bell for latecomers, tells of nothing done to anyone. A field's label is no
speaker, a discount no share of pay kept, and a curfew with a way in for late arrivals no confinement; the true
readings of the same cues are kept. Texts written for these tests; the centre and its people are fictional."""

from __future__ import annotations

from labourlens.analyse.mentions import transcript_label
from labourlens.analyse.pipeline import analyse
from probe_helpers import indicators, lexicon_indicators

META = {"published": "2026-10-02", "language": "en"}
NOTICE = """KERALA COASTAL SKILLS INSTITUTE
Short Courses Office - Notice 14/2026

Refresher course: cold chain handling for fish export packers (Kochi campus)

Dates: 3-14 February 2027, Monday to Saturday
Fee: 4,500 rupees per trainee, with handouts and the final test. Firms sending four or more packers receive a 15 percent discount.

Open to
Packing-floor leads, graders and freezer-room staff of export units in Ernakulam and Alappuzha districts.

Lodging
Trainees from outside Kochi can book a bed in the institute's guest hostel at 300 rupees a night. The hostel gate shuts at 23:00; latecomers should ring the night porter.

How to apply
Send the form with a copy of your Aadhaar card before 15 January. Seats are capped at 35.

Short Courses Office, Block C, Kerala Coastal Skills Institute, Kochi
"""


def test_a_course_notice_tells_of_nothing_done_to_anyone() -> None:
    a = analyse(NOTICE, META)
    assert [c.text for c in a.claims] == []
    assert not any(c.indicators for c in a.claims)


def test_the_fields_of_a_notice_are_no_speakers() -> None:
    assert transcript_label("Fee: 4,500 rupees per trainee, with handouts and the final test.") is None
    assert transcript_label("Salary: 1,800 ringgit a month, paid on the 7th.") is None
    assert transcript_label("Dates: 3-14 February 2027, Monday to Saturday") is None
    label = transcript_label("RAHIMAH: They took our passports on the first day.")
    assert label is not None and label[0] == "RAHIMAH"


def test_a_group_discount_is_no_share_of_pay_kept() -> None:
    assert "withholding_of_wages" not in lexicon_indicators(
        "Firms sending four or more packers receive a 15 percent discount.")


def test_a_packing_room_is_no_crowded_room() -> None:
    assert "abusive_working_and_living_conditions" not in lexicon_indicators(
        "Packing-floor leads, graders and freezer-room staff of export units may apply.")
    assert "abusive_working_and_living_conditions" in indicators("The packers said they slept packed into one room "
                                                                 "above the freezer hall, eleven to a floor.")


def test_workers_who_keep_a_small_share_of_their_pay_still_count() -> None:
    assert "withholding_of_wages" in indicators("The packers said they receive only 20 percent of their wages, and "
                                                "the agent keeps the rest.")


def test_a_curfew_with_a_way_in_for_latecomers_is_no_confinement() -> None:
    assert "restriction_of_movement" not in lexicon_indicators(
        "The hostel gate shuts at 23:00; latecomers should ring the night porter.")


def test_a_gate_locked_at_night_is_still_confinement() -> None:
    assert "restriction_of_movement" in indicators("The packers said the hostel gate is locked at nine every night "
                                                   "and the supervisor keeps the key.")
