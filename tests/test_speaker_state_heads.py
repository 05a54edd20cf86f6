"""A named person introduced as the head, deputy head, chief or member of a state body speaks for the state
(``official``, tests/gold/README.md: inspectors, police and other state officers are official, named or not);
state inspection teams are state bodies. Heads of NGOs, firms and workers' bodies keep their kinds."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "Dilnoza Karimova, a deputy head of the inspection team",
    "Henrik Olsen, head of the labour inspectorate",
    "Marek Wisniewski, a member of the inspection team",
    "Lucia Ferraro, deputy chief of the Labour Inspection Directorate",
    "Tomasz Zielinski, head of the regional police",
    "Arman Seitkali, acting head of the migration service",
    "the inspection team",
    "An inspection team",
])
def test_heads_and_members_of_state_bodies_are_official(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Greta Lund, a member of the workers council", "named_person"),
    ("Samuel Okoro, head of the Coastal Rights Centre", "named_person"),
    ("Wen Bo, head of the staff committee", "named_person"),
    ("Edyta Krol, a former head of the labour inspectorate", "named_person"),
    ("Ravi Menon, director of Harbour Crane Services", "organization"),
])
def test_heads_of_other_bodies_keep_their_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_quoted_deputy_head_of_an_inspection_team_speaks_for_the_state() -> None:
    text = ("Inspectors in Almaty say they found forty Uzbek men at a brickworks where the gate was chained at "
            "night.\n\n\"They work from dawn until ten at night with no day off,\" said Dilnoza Karimova, a deputy "
            "head of the inspection team. \"Nobody had a contract.\"\n\nThe inspection team said the men had "
            "arrived in the spring.\n")
    a = analyse(text)
    kinds = {}
    for c in a.claims:
        src = a.source(c.source)
        assert src is not None
        kinds[c.text[:20]] = (src.wording, src.kind)
    karimova = [v for v in kinds.values() if "Karimova" in (v[0] or "")]
    assert karimova and all(kind == "official" for _, kind in karimova)
    assert any(kind == "official" and "inspection team" in (w or "").lower() or w and "Inspectors" in w
               for w, kind in kinds.values() if "Karimova" not in (w or ""))


def test_the_team_is_not_the_member_introduced_before() -> None:
    text = ("\"They were never paid for overtime,\" said Jonas Petraitis, a member of the inspection team at the "
            "sawmill near Kaunas.\n\nThe inspection team said the Belarusian workers had their passports taken by "
            "the sawmill's foreman.\n")
    a = analyse(text)
    by_text = {c.text[:12]: a.source(c.source) for c in a.claims}
    team = next(s for t, s in by_text.items() if t.startswith("The inspecti"))
    member = next(s for t, s in by_text.items() if not t.startswith("The inspecti"))
    assert team is not None and member is not None and team.key != member.key
    assert team.kind == "official" and member.kind == "official"


@pytest.mark.parametrize(("kind", "head", "expected"), [
    ("anonymous_source", "seamstress", True),
    ("named_person", "welder", True),
    ("official", "inspector", True),
    ("official", "spokeswoman", True),
    ("official", "team", False),
    ("official", "service", False),
    ("organization", "company", False),
])
def test_which_descriptions_can_stand_for_one_person(kind: str, head: str, expected: bool) -> None:
    from labourlens.analyse.source_backrefs import describes_person

    assert describes_person(kind, head) is expected
