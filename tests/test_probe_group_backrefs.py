"""Groups named again: "A group of Ghanaian nurses ... say" and later "The nurses also say" are one group (the
people, not "group", head the phrase); "We spoke to three of the 40 welders ... All described ..." is that group
(a bare "All" opening a report, as "Both" and "All of them" do). Controls: "All workers must ..., an official
said" keeps the official; a group of another noun stays apart. Every text is written for this test; people and
groups are fictional."""

from __future__ import annotations

from attribution_helpers import who


def test_group_of_people_named_again_by_its_noun() -> None:
    text = ("NAIROBI — A group of Kenyan nurses employed at a clinic in Jeddah say they were paid half the promised wage.\n\n"
            "Mary Wanjiku, a spokesperson for the charity Safe Passage, said 30 nurses were affected.\n\n"
            "The nurses also say they work double shifts without extra pay.\n")
    first = who(text, "half the promised wage", "Coast Mirror")
    later = who(text, "double shifts", "Coast Mirror")
    assert first is not None and later is not None and first.key == later.key


def test_group_of_another_noun_stays_apart() -> None:
    text = ("NAIROBI — A group of Kenyan nurses employed at a clinic in Jeddah say they were paid half the promised wage.\n\n"
            "The drivers at the clinic say they were paid in full.\n")
    first = who(text, "half the promised wage", "Coast Mirror")
    later = who(text, "paid in full", "Coast Mirror")
    assert first is not None and later is not None and first.key != later.key


def test_bare_all_after_a_counted_group_met() -> None:
    text = ("The Delta Herald spoke to three of the 40 welders who came back from Basra last month. All described a "
            "contractor that stopped paying after the first month.\n")
    src = who(text, "stopped paying", "Delta Herald")
    assert src is not None and src.kind == "anonymous_source" and src.wording == "three of the 40 welders"


def test_all_before_a_noun_keeps_the_trailing_speaker() -> None:
    text = ("The Delta Herald spoke to three welders.\n\n"
            "All workers must register with the police, a ministry official said.\n")
    src = who(text, "must register", "Delta Herald")
    assert src is not None and src.kind == "official"
