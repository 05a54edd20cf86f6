"""A relative named again by the kin word he is to someone met before ("Hari Prasad Adhikari, 61, had come to the
airport to collect his son Dipak. '...,' the father said.") is that person, by name; with two such people before,
or none, the kin word stays as it is. Every text is written for this test; people and firms are fictional (places
are real)."""

from __future__ import annotations

from probe_helpers import speaker

LEAD = ("KATHMANDU — The bodies of two construction workers came home from Qatar on Friday through the cargo "
        "terminal.\n\n")


def test_the_father_is_the_man_whose_son_was_named() -> None:
    text = LEAD + ("Hari Prasad Adhikari, 61, had come to the airport to collect his son Dipak, who worked as a mason "
                   "in Doha. \"The company kept his passport and did not pay him for three months,\" the father "
                   "said.\n")
    who = speaker(text, "kept his passport")
    assert who[:2] == ("Hari Prasad Adhikari", "named_person"), who


def test_the_mother_is_the_woman_whose_daughter_was_named() -> None:
    text = LEAD + ("Maya Devi Thapa waited at the gate for her daughter Sita, a housemaid in Kuwait. \"Her employer "
                   "locked her in the house for a year and took her passport,\" the mother said.\n")
    who = speaker(text, "locked her in the house")
    assert who[:2] == ("Maya Devi Thapa", "named_person"), who


def test_two_parents_before_leave_the_kin_word() -> None:
    text = LEAD + ("Hari Prasad Adhikari, 61, had come to collect his son Dipak. Gopal Bahadur Rai, 55, had come for "
                   "his son Amrit. \"The company kept his passport and did not pay him for three months,\" the "
                   "father said.\n")
    who = speaker(text, "kept his passport")
    assert who[0] not in ("Hari Prasad Adhikari", "Gopal Bahadur Rai"), who
