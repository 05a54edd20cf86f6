"""Countries speaking together, and a country's diplomatic mission, are states (``official``): "Qatar and Oman have
both told the committee ...", "Eritrea's permanent mission in Geneva rejected ..."; a floating "both"/"all"
before the verb is part of the speaker phrase. A group's own mission, or a country joined with a firm, is not a
state. One of a group named with a place after the name ("One of the drivers, Peter Otieno of Kisumu") is a
named person. Every text is written for this test; people and firms are fictional (places and states are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from labourlens.analyse.state_speakers import states_speaking

META = {"published": "2026-03-02", "language": "en"}
LEAD = ("North Korean construction crews are still working on building sites in the Gulf, where their wages are "
        "taken by minders and their passports are held by the state firms that sent them, a monitor says.\n\n")


def _source(text: str, frag: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    return (s.wording if s else None), (s.kind if s else None)


@pytest.mark.parametrize("sentence,frag,who", [
    ("Qatar and Oman have both told the sanctions committee that they host no North Korean workers.",
     "host no North Korean", "Qatar and Oman"),
    ("Bahrain, Oman and Kuwait all said that they had sent the North Korean workers home in 2019.",
     "sent the North Korean workers home", "Bahrain, Oman and Kuwait"),
    ("Eritrea's permanent mission in Geneva rejected reports that its conscripts were forced to work on farms.",
     "conscripts were forced", "Eritrea's permanent mission in Geneva"),
])
def test_states_speak_as_officials(sentence: str, frag: str, who: str) -> None:
    wording, kind = _source(LEAD + sentence, frag)
    assert kind == "official" and wording is not None and wording.startswith(who), (wording, kind)


@pytest.mark.parametrize("wording", ["Amnesty's mission to Qatar", "Kuwait and Harbour Foods", "Qatar Airways"])
def test_not_states(wording: str) -> None:
    assert not states_speaking(wording)


def test_firm_and_country_joined_stay_apart() -> None:
    wording, kind = _source(LEAD + "Harbour Foods and Kuwait have both said that the workers were paid in full.",
                            "paid in full")
    assert kind != "official", (wording, kind)


@pytest.mark.parametrize("wording,kind", [
    ("One of the drivers, Peter Otieno of Kisumu", "named_person"),
    ("One of the women's sisters, Mrs Ruth Akello of Lira", "named_person"),
    ("One of the drivers, a mechanic from Kisumu", "anonymous_source"),
    ("One of the suppliers, Harbour Foods of Mombasa", "organization"),
])
def test_one_of_a_group_named_from_a_place(wording: str, kind: str) -> None:
    assert classify(wording) == kind
