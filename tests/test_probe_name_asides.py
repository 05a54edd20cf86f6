"""A person named by first name with an aside in brackets that the surname is withheld ("a welder, Tomas (he asked
us not to print his surname)") is still a named person; the aside does not make the speaker anonymous. A person with
no name and such an aside stays anonymous. Every text is written for this test; people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("A bus driver who takes the crews to the site, Tomas (he asked us not to print his surname)", "named_person"),
    ("A former cook, Amina (who asked that her family name be withheld)", "named_person"),
    ("Joao (last name withheld at his request)", "named_person"),
    ("a night guard at the dormitory, Pavel (she asked that his full name not be used)", "named_person"),
    ("One of the welders, Marek (surname withheld)", "named_person"),
    ("a bus driver (he asked us not to print his surname)", "anonymous_source"),  # no name: still anonymous
    ("a former cook who asked that her name not be used", "anonymous_source"),
])
def test_name_aside_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("intro,pron", [
    ("A local mechanic who repairs the camp's trucks, Oleg (he asked us not to print his surname),", "he"),
    ("A neighbour of the hostel, Dilnoza (who asked that her last name be withheld),", "she"),
    ("A taxi driver in the port, Ahmed (surname withheld at his request),", "he"),
])
def test_name_aside_in_a_document(intro: str, pron: str) -> None:
    text = (f"Fire at a camp\n\n{intro} described conditions at the site. \"Twenty men in a room meant for six. They "
            f"worked until it got dark,\" {pron} said.\n")
    a = analyse(text, META)
    kinds = {a.source(c.source).kind for c in a.claims}
    assert kinds == {"named_person"}, [(c.text, a.source(c.source)) for c in a.claims]


@pytest.mark.parametrize("intro,again", [
    ("A local mechanic who repairs the camp's trucks, Oleg (he asked us not to print his surname),", "Oleg"),
    ("A neighbour of the hostel, Dilnoza (who asked that her last name be withheld),", "Dilnoza"),
    ("A cook at the site, Tomasz (surname withheld),", "Tomasz"),
])
def test_name_aside_then_name_again_one_source(intro: str, again: str) -> None:
    text = (f"Fire at a camp\n\n{intro} said the twenty men slept in a room meant for six and worked until dark.\n\n"
            "The firm said all of its workers have permits.\n\n"
            f"{again} said that after the fire the workers were moved to tents and paid nothing for a month.\n")
    a = analyse(text, META)
    first = next(c for c in a.claims if "slept" in c.text)
    last = next(c for c in a.claims if "tents" in c.text)
    assert first.source == last.source, [(c.text, a.source(c.source).wording) for c in a.claims]
