"""SW attribution batteries: short invented texts in the attribution shapes of wire, NGO and court writing
(cases in ``battery_sw_cases1`` / ``battery_sw_cases2``), scored like ``labourlens eval``: speaker wording
by head phrase, same source as pairwise F1 over the expected sentences of each text.

First-pass numbers (before any fix they prompted) are kept in the docstrings of the case modules; the
floors here hold the numbers after the fixes, so that a change that loses a shape fails."""

from __future__ import annotations

import battery_sw_cases1
import battery_sw_cases2
import battery_sw_cases3
from battery_sw_score import score


def test_first_battery_speakers_and_sources() -> None:
    s = score(battery_sw_cases1.CASES)
    assert s.speakers >= 150
    assert s.speaker_acc >= 0.96, s.misses
    assert s.same_source_f1 >= 0.97, s.misses


def test_second_battery_speakers_and_sources() -> None:
    s = score(battery_sw_cases2.CASES)
    assert s.speakers >= 60
    assert s.speaker_acc >= 0.95, s.misses
    assert s.same_source_f1 >= 0.95, s.misses


def test_third_battery_speakers_and_sources() -> None:
    s = score(battery_sw_cases3.CASES)
    assert s.speakers >= 50
    assert s.speaker_acc >= 0.90, s.misses
    assert s.same_source_f1 >= 0.90, s.misses
