"""A broadcast transcript whose cast line names the guest ("Host: Ivan Petrov. Guest: Lena Sokolova, researcher
..."): the plain "A:" answers are that guest's, by name, and stay hers after an answer mentions someone else ("A
supervisor says: ..."). Every text is written for this test; people and groups are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.roster_guests import guest_named
from probe_helpers import speaker

QA = """RADIO NORD — Morning Talk (transcript)
{cast}

Q: Lena, what do the builders tell you?

A: Most of them are paid late. A supervisor says: keep quiet or you lose the job. Last month a crew of nine welders in Kazan had not been paid for two months.

Q: Is that common?

A: Now they take the migration card. The effect is the same: the person cannot move.
"""


@pytest.mark.parametrize("cast", [
    "Host: Ivan Petrov. Guest: Lena Sokolova, researcher with the Kazan-based group Trud Watch.",
    "Host: Ivan Petrov\nGuest: Lena Sokolova (Trud Watch)",
    "GUEST: Lena Sokolova, researcher",
])
@pytest.mark.parametrize("frag", ["paid late", "crew of nine welders", "migration card", "cannot move"])
def test_answers_are_the_named_guests(cast: str, frag: str) -> None:
    wording, kind, _ = speaker(QA.format(cast=cast), frag)
    assert wording == "Lena Sokolova" and kind == "named_person"


def test_cast_line_without_a_name_keeps_an_unnamed_guest() -> None:
    wording, kind, _ = speaker(QA.format(cast="Host: Ivan Petrov. Guest: a welder from Osh."), "migration card")
    assert wording != "Lena Sokolova" and kind != "named_person"


@pytest.mark.parametrize("line,name", [
    ("Guest: Lena Sokolova, researcher with Trud Watch.", "Lena Sokolova"),
    ("GUEST: Omar Karimov", "Omar Karimov"),
    ("GUEST: We slept in containers.", None),
    ("Guest: Yes.", None),
])
def test_guest_named(line: str, name: str | None) -> None:
    assert guest_named(line) == name
