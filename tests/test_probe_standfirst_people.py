"""Probes: a "she says" in the story that would go back to a person met only in the standfirst ("A cook who came
home in May says ...") goes to the person the story has just named ("When Grace Wanjiru boarded a flight ...")
and who speaks later; with no such name before it, it stays with the standfirst's person. Texts written for these
tests; the paper and the people are fictional."""

from __future__ import annotations

from probe_helpers import speaker

PAGE = """'I came back with nothing': a cook recounts a year in a Jeddah household

A domestic worker who came home in May says she was promised wages and found herself locked in the house, unpaid, with her passport taken.

By Ruth Akinyi, Coast Correspondent
Published: Monday, March 2, 2026

When Grace Wanjiru boarded a flight at Mombasa in 2025, a recruiter had promised her 1,500 riyals a month.

What she found in Jeddah, she says, was a mattress in a locked kitchen and a working day that ran from five until midnight, with no day off.

"I was never paid for the last eight months, and Madam kept my passport," said Ms Wanjiru, 31, speaking at her sister's home.
"""


def test_she_says_goes_to_the_person_the_story_named() -> None:
    found = speaker(PAGE, "mattress in a locked kitchen")
    assert found[2] == speaker(PAGE, "never paid for the last")[2]


def test_without_a_name_before_it_she_stays_with_the_standfirst() -> None:
    text = PAGE.replace("When Grace Wanjiru boarded a flight at Mombasa in 2025, a recruiter had promised her",
                        "Before she boarded a flight at Mombasa in 2025, a recruiter had promised her")
    assert speaker(text, "mattress in a locked kitchen")[1] == "anonymous_source"
