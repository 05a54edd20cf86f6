"""A media release speaks in the voice of the body on its head line from its first sentence, and its account of a
hearing ("The court heard that ...") is that body's; a named member of a state body given by the body's possessive
("the Harbour Authority's compliance manager, Ana Ruiz") speaks for the state; and "the judge" is a judge, not the
state body's manager who spoke before. Every text is written for this test; people and firms are fictional (places
are real)."""

from __future__ import annotations

from labourlens.analyse.release_heads import release_head
from labourlens.analyse.speakers import classify
from probe_helpers import claim_rows

META = {"published": "2026-03-02", "language": "en"}
RELEASE = (
    "Fiji Ministry of Employment\n"
    "Media release\n"
    "2 March 2026\n\n"
    "Farm owner fined for exploiting nine Indonesian workers\n\n"
    "A Labasa farm owner was fined on Monday after admitting to exploiting nine cane cutters from Kiribati.\n\n"
    "The court heard that on arrival the owner took the cutters' passports and kept them in a locked drawer.\n\n"
    "The workers were charged FJ$60 a week for mattresses in a storeroom, said the Employment Ministry's "
    "enforcement director, Farah Aziz.\n\n"
    "The owner also made the workers repay their air fares from wages that were already below the minimum.\n\n"
    "Passing sentence, the judge accepted that all nine cutters had been afraid to complain.\n"
)


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return claim_rows(text, META)


def _find(frag: str) -> tuple[str, str, str | None, str | None]:
    return next(c for c in _claims(RELEASE) if frag in c[0])


def test_release_head() -> None:
    assert release_head(RELEASE) == "Fiji Ministry of Employment"
    assert release_head("Workers say wages vanish\nBy Ana Ruiz\n\nMiners at a pit in Kitwe say ...\n") is None


def test_release_voice_before_anyone_speaks() -> None:
    c = _find("repay their air fares")
    assert c[2] == "Fiji Ministry of Employment" and c[3] == "official", c


def test_court_heard_in_a_release_is_the_release() -> None:
    c = _find("locked drawer")
    assert c[2] == "Fiji Ministry of Employment", c


def test_state_body_member_is_official() -> None:
    c = _find("FJ$60 a week")
    assert c[2] is not None and "Farah Aziz" in c[2] and c[3] == "official", c
    assert classify("Farah Aziz, the Labour Department's regional manager") == "official"
    assert classify("the Harbour Authority's research director, Farah Aziz") == "named_person"


def test_the_judge_is_not_the_manager() -> None:
    judge, manager = _find("afraid to complain"), _find("FJ$60 a week")
    assert judge[1] != manager[1] and judge[2] is not None and "judge" in judge[2], (judge, manager)
