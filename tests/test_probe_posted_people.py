"""A person described by where they are stationed, posted or deployed ("a North Korean trade official stationed
in Moscow", "a diplomat posted to Beijing", "an engineer deployed at the dam") is referred back to by the head
noun ("the official", "the diplomat", "the engineer"): one source, not two. Every text is written for this
test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
H = "Remittance targets doubled\nNorth Korean construction brigades abroad must send more money home.\n"


def _sources(text: str, first: str, second: str) -> tuple[str, str]:
    a = analyse(text, META)
    one = next(c for c in a.claims if first in c.text)
    two = next(c for c in a.claims if second in c.text)
    return one.source, two.source


@pytest.mark.parametrize("intro,back", [
    ("a North Korean trade official stationed in Moscow", "the official"),
    ("a European diplomat posted to Pyongyang", "the diplomat"),
    ("a Chinese engineer deployed at the dam site", "the engineer"),
    ("a Korean-Chinese trader residing in Dandong", "the trader"),
])
def test_the_head_noun_goes_back_to_the_posted_person(intro: str, back: str) -> None:
    text = (H + f"Brigade leaders have been told to double their remittances, according to {intro}. "
            f"\"They will cut the workers' food to hit the number,\" {back} told the Rimtown Monitor.")
    one, two = _sources(text, "double their remittances", "cut the workers' food")
    assert one == two


def test_a_different_person_posted_elsewhere_stays_apart() -> None:
    text = (H + "Brigade leaders have been told to double their remittances, according to a trade official "
            "stationed in Moscow. A source in Rason said the North Korean workers there are not allowed home.")
    one, two = _sources(text, "double their remittances", "not allowed home")
    assert one != two
