"""A party's answer to the page's questions (study s355): "We wrote to the agency, Nusa Crew Ltd, which replied that
..." speaks as the named body, as "..., which said that ..." does; and an editor's note that brings such an answer
("Editor's note: ... which replied that ...") is read as text, not dropped as page chrome. An editor's note on names or
corrections stays chrome. Every text is invented (firms and people fictional, places real)."""

from __future__ import annotations

from attribution_helpers import claim_speakers
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}

LEAD = ("Fishers from Cirebon say their manning agency kept their passports and withheld their wages for two years "
        "at sea.\n\n")


def test_body_in_apposition_that_replied() -> None:
    got = claim_speakers(LEAD + "We wrote to the agency, Nusa Crew Ltd, which replied that every fisher had received "
                                "full pay.\n", META)
    answer = next(v for k, v in got.items() if k.startswith("We wrote"))
    assert answer == ("Nusa Crew Ltd", "organization")


def test_body_in_apposition_that_responded() -> None:
    got = claim_speakers(LEAD + "The paper contacted the owner, Sinar Timur Fishing Co, which responded that no "
                                "passports were ever held.\n", META)
    answer = next(v for k, v in got.items() if k.startswith("The paper contacted"))
    assert answer == ("Sinar Timur Fishing Co", "organization")


def test_editors_note_with_an_answer_is_read() -> None:
    text = LEAD + ("Editor's note: We put questions to the agency, Nusa Crew Ltd, which replied that every fisher "
                   "had received full pay.\n")
    got = claim_speakers(text, META)
    assert any(k.startswith("Editor's note") and v == ("Nusa Crew Ltd", "organization") for k, v in got.items())


def test_editors_note_on_names_stays_chrome() -> None:
    text = LEAD + "Editor's note: The names of the fishers have been changed at their request.\n"
    claims = [c.text for c in analyse(text, META).claims]
    assert not any("Editor" in c for c in claims)
