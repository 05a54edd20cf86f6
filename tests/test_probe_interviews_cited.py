"""People who "say" something at the head of a sentence that an outlet reported "citing interviews with" some of
them ("Nine men from Osh who built a hostel near Tver say ..., the newspaper reported, citing interviews with three
of the men"): the people speak and the outlet relays; the interviews are how it heard them. "Three of the men" is a
part of that group, so a later "The men said" goes on with the whole group. Every text is written for this test;
outlets, people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.partitive_groups import part_of_speaker
from probe_helpers import LEAD, speaker

TEXT = LEAD + (
    "Nine men from Osh who built a hostel near Tver, north of Moscow, say their foreman kept their passports in a safe, "
    "the Bishkek newspaper reported, citing interviews with three of the men after their return home.\n\n"
    "One of the men, Azamat Tokoev, 31, told the paper he had paid a broker $900 for the job.\n\n"
    "The men said they were allowed out only on Sundays.")


def test_the_people_who_say_it_speak() -> None:
    wording, kind, _ = speaker(TEXT, "kept their passports")
    assert kind == "anonymous_source" and (wording or "").startswith("Nine men from Osh")


def test_a_later_the_men_is_the_whole_group() -> None:
    assert speaker(TEXT, "allowed out only")[2] == speaker(TEXT, "kept their passports")[2]


def test_citing_a_report_keeps_the_report() -> None:
    text = LEAD + ("Nine men from Osh say their foreman kept their passports, the newspaper reported, citing a report by "
                   "the Tver labour inspectorate.")
    assert speaker(text, "kept their passports")[1] != "anonymous_source"


def test_part_of_speaker() -> None:
    assert part_of_speaker("three of the men", "Nine men from Osh")
    assert part_of_speaker("two of the workers", "Twelve workers at the plant")
    assert not part_of_speaker("two of the men", "The foreman")
    assert not part_of_speaker("the men", "Nine men from Osh")
