"""Probes: sources named again in other words. "The maid" after "the 29-year-old housemaid" (a compound whose last
part is the new head); the state media cited by kind and then by name in the next sentence; "the group" after "an
undercover investigation by the Berlin-based group Seam Watch" (the group given by its kind before its name).
Texts written for these tests; every person, group and outlet is fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

MAID = LEAD + (
    "According to court records, the 31-year-old housemaid told prosecutors that her employer locked her inside the "
    "flat whenever the family went out.\n\n"
    "\"I asked for my wages every month and she said I owed the agency for my ticket,\" the maid said in her statement.")


def test_the_maid_is_the_housemaid_met_before() -> None:
    assert speaker(MAID, "locked her inside")[2] == speaker(MAID, "owed the agency")[2]


def test_a_different_head_is_not_joined() -> None:
    text = MAID.replace("the maid said", "the cook said")
    assert speaker(text, "locked her inside")[2] != speaker(text, "owed the agency")[2]


STATE = LEAD + (
    "Russia's state media on Tuesday dismissed as \"slander\" a report that the loggers' passports were taken on "
    "arrival.\n\n"
    "\"The so-called confiscation of passports is an invention,\" the Taiga Courier, a daily owned by the regional "
    "government, said in an editorial.")


def test_state_media_then_the_outlet_named_are_one_source() -> None:
    assert speaker(STATE, "dismissed as")[2] == speaker(STATE, "confiscation of passports")[2]
    assert speaker(STATE, "dismissed as")[1] == "outlet"


def test_local_media_then_an_outlet_stay_two() -> None:
    text = STATE.replace("Russia's state media", "Local media")
    assert speaker(text, "dismissed as")[2] != speaker(text, "confiscation of passports")[2]


GROUP = LEAD + (
    "Loggers at the camp worked more than 90 hours a week in October, according to an undercover investigation by "
    "the Berlin-based group Seam Watch.\n\n"
    "The men's passports were collected on arrival and returned only after their first season, the group found.")


def test_the_group_after_its_investigation_is_the_investigations_source() -> None:
    assert speaker(GROUP, "90 hours")[2] == speaker(GROUP, "passports were collected")[2]
