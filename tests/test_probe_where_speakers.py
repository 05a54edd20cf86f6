"""Probes: people who say something about themselves in a "where"-clause about a place ("... a building site in
Kampot, where 52 workers say they have not been paid since May") speak that clause, by their own phrase; officials
in such a clause, and a clause that reports nothing about the speakers, are left to the other rules. Texts written
for these tests; every group and person is fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker


def test_counted_workers_in_a_where_clause_speak_it() -> None:
    text = LEAD + ("The Harbour Rights Centre called on the authorities to inspect a building site in Kampot, where 52 "
                   "workers say they have not been paid since May.")
    assert speaker(text, "not been paid")[:2] == ("52 workers", "anonymous_source")


def test_the_subject_before_the_place_is_not_part_of_the_speaker() -> None:
    text = LEAD + "Inspectors visited a camp where 30 men say they have not been paid for four months."
    assert speaker(text, "not been paid")[:2] == ("30 men", "anonymous_source")


def test_people_named_by_a_group_noun_still_speak() -> None:
    text = LEAD + ("Our reporter is in Irkutsk, where a group of Kyrgyz welders say they have not been paid since "
                   "the spring.")
    assert speaker(text, "not been paid")[1] == "anonymous_source"


def test_officials_in_a_where_clause_are_not_made_people() -> None:
    text = LEAD + ("Inspectors visited a site in Kampot, where officials say the workers have not been paid since "
                   "May.")
    assert speaker(text, "not been paid")[1] != "anonymous_source"
