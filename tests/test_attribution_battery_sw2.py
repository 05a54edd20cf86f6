"""SW2 attribution battery (cases in ``battery_sw2_cases``): Q&A introductions, web excerpts, quoting captions,
quoted posts, present-tense reporting verbs, colon replies, "according to" mid-sentence, double attribution and
quotation marks of other languages, scored like ``labourlens eval``.

First pass (before any fix it prompted): speaker wording 0.672 (45/67), same source F1 1.000. The floors hold
the numbers after the fixes, so that a change that loses a shape fails."""

from __future__ import annotations

import battery_sw2_cases
from battery_sw_score import score


def test_sw2_battery_speakers_and_sources() -> None:
    s = score(battery_sw2_cases.CASES)
    assert s.speakers >= 60
    assert s.speaker_acc >= 0.92, s.misses
    assert s.same_source_f1 >= 0.97, s.misses


def test_sw2_second_set_written_after_the_fixes() -> None:
    """Written after the fixes, in the same families: first pass 0.941 (16/17), same source F1 1.000."""
    s = score(battery_sw2_cases.CASES2)
    assert s.speakers >= 15
    assert s.speaker_acc >= 0.94, s.misses
    assert s.same_source_f1 >= 0.97, s.misses
