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


def test_title_before_a_surname_with_a_particle_is_the_person_named_before() -> None:
    text = BASE + ("Defence lawyer Khalid Al Harthy argued that his client had faced delays in payments. \"My client "
                   "never took a single passport from the workers,\" Mr Al Harthy said.\n")
    who = speaker(text, "never took a single passport")
    assert who[0] is not None and "Khalid Al Harthy" in who[0], who


def test_two_people_with_the_surname_stay_apart_from_the_title() -> None:
    text = BASE + ("The sponsor, Salim Al Harthy, told reporters that the workers had been paid in cash.\n\n"
                   "Defence lawyer Khalid Al Harthy argued that his client had faced delays in payments. \"My client "
                   "never took a single passport from the workers,\" Mr Al Harthy said.\n")
    who = speaker(text, "never took a single passport")
    assert who[0] is None or "Khalid" not in who[0], who
