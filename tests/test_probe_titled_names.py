"""An office holder met first by the title alone and named later with the same title is one source ("the Kenyan
labour attaché in Riyadh said ... Labour Attaché Mercy Wanjiru said ..."); two titles, or two holders of one title,
stay apart. Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import speaker

BASE = ("A 29-year-old domestic worker from Kisumu was taken to a shelter in Riyadh after her employer allegedly "
        "locked her inside the house for eight months, the Kenyan labour attaché in Riyadh said on Monday.\n\n")


def test_title_then_name_is_one_source() -> None:
    text = BASE + ("Labour Attaché Mercy Wanjiru said the woman had not been paid her salary of 1,000 riyals for "
                   "seven months.\n")
    first, later = speaker(text, "locked her inside"), speaker(text, "not been paid")
    assert first[2] == later[2], (first, later)
    assert later[0] is not None and "Wanjiru" in later[0]


def test_another_title_stays_apart() -> None:
    text = BASE + ("Deputy Ambassador Mercy Wanjiru said the woman had not been paid her salary of 1,000 riyals for "
                   "seven months.\n")
    first, later = speaker(text, "locked her inside"), speaker(text, "not been paid")
    assert first[2] != later[2], (first, later)


def test_two_named_holders_of_the_title_stay_apart() -> None:
    text = BASE + ("Labour Attaché Mercy Wanjiru said the woman had not been paid her salary of 1,000 riyals for "
                   "seven months.\n\nLabour Attaché Joseph Kamau, who served in Jeddah until May, said the agency "
                   "had confiscated the passports of other maids it placed.\n")
    first, later = speaker(text, "locked her inside"), speaker(text, "not been paid")
    assert first[2] != later[2], (first, later)
