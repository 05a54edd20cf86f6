"""A small count that reports ("Three described being slapped by employers", "Several reported being beaten",
"Many reported that wages were late") speaks, as "Three said ..." did; a count before a noun ("Some reported
cases ...") or a description of a thing ("Two described the camp as a prison") is not read so. Invented
sentences."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize(("sentence", "wording"), [
    ("Three described being slapped or pushed by employers.", "Three"),
    ("Two described being locked in the house for weeks.", "Two"),
    ("Several reported being beaten by the crew boss.", "Several"),
    ("Many reported that wages were late by months.", "Many"),
    ("Some alleged having their phones taken away.", "Some"),
])
def test_a_count_that_reports_speaks(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize("sentence", [
    "Some reported cases of abuse were never investigated.",
    "Two described the camp as a prison.",
])
def test_a_count_before_a_noun_does_not(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is None or m.wording not in ("Some", "Two")


def test_the_first_clause_keeps_its_own_count_before_a_semicolon() -> None:
    text = ("Of the 40 cleaners our researchers interviewed, most worked seven days a week. Three described being "
            "slapped by employers; one said she had been locked in the house for months.")
    src = [s for t, s in speakers_of(text) if "slapped" in t][0]
    assert src is not None and src.wording == "Three"


def test_a_second_count_is_a_group_of_its_own() -> None:
    text = "Eleven said their employer had kept their passports. Three described being slapped by employers."
    got = speakers_of(text)
    assert got[0][1] is not None and got[1][1] is not None
    assert got[1][1].key != got[0][1].key and got[1][1].wording == "Three"


def test_a_number_after_a_described_group_is_a_group_of_its_own() -> None:
    text = "Workers at the brick kiln said they were not paid. Three said they were slapped by the foreman."
    got = speakers_of(text)
    assert got[0][1] is not None and got[1][1] is not None and got[1][1].key != got[0][1].key


def test_most_after_a_described_group_still_goes_back_to_it() -> None:
    text = "Workers at the brick kiln said they were not paid. Most said they were slapped by the foreman."
    got = speakers_of(text)
    assert got[0][1] is not None and got[1][1] is not None and got[1][1].key == got[0][1].key
