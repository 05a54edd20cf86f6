"""A machine-translated post that relays people with a bare "say" ("One in kitchen did washing aunt say: ..."): the
phrase before "say" speaks, the rest of its paragraph is still that person's account, and a later bare "Aunt say"
goes back to the same aunt. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, source_of

POST = """Blagoveshchensk Timber Circle
2026-03-02 09:10
[Machine translated]

Recently many friends ask, Amur Pine Sawmill is it true using foreign loggers. The editor asked some old friends.

One in sawmill did canteen aunt say: sawmill inside really has about 70 foreign loggers, from last autumn came. They every day cut 14 hours, only one day rest each month.

Aunt also say, the loggers passport all kept in office, nobody can take back. Loggers own pocket only get small money.

Another do night guard uncle say the hostel one room sleep ten men, no heating in winter.

The editor cannot confirm, only for reference.
"""


def test_bare_say_speaker_and_the_rest_of_the_paragraph() -> None:
    a = analyse(POST, META)
    aunt = source_of(a, "really has about 70").key
    assert source_of(a, "really has about 70").wording == "One in sawmill did canteen aunt"
    assert source_of(a, "They every day cut").key == aunt


def test_bare_aunt_goes_back_to_the_aunt() -> None:
    a = analyse(POST, META)
    aunt = source_of(a, "really has about 70").key
    assert source_of(a, "passport all kept").key == aunt
    assert source_of(a, "own pocket only").key == aunt


def test_second_bare_say_speaker() -> None:
    a = analyse(POST, META)
    s = source_of(a, "one room sleep ten")
    assert s.wording == "Another do night guard uncle" and s.kind == "anonymous_source"


def test_plural_subject_with_say_is_standard_english() -> None:
    from probe_helpers import LEAD, speaker

    text = LEAD + ("Seven loggers from Kazan say their brigadier locked the hostel, the paper reported, citing an "
                   "inspection by the Amur labour office.")
    assert speaker(text, "locked the hostel")[0] != "Seven loggers from Kazan"
