"""Probes (session 32, lead, from heldout346's podcast and newsletter): lines that only steer a conversation, a
host who gives her own name before her guest's, a phone-in's guest "on the line", and a page's own address for
letters or tips are no claims; the answers around them keep theirs. Near misses: a move followed by what was seen
("I need to be careful: nobody was locked in") and an appeal that goes on to tell abuse keep their claims.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.talk_moves import talk_move

_SHOW = """GRAIN AND SALT - a podcast about work in the Sahel

Episode 12, published 3 November 2026

{intro}

AMINATA: Last month the labour office in Mopti said forty boys had been found on the rice farms without pay.

AMINATA: {move}

KOFI: The boys on the rice farms near Mopti were paid nothing for the whole season, and the overseer kept their
identity cards in his hut.

KOFI: {move2}

KOFI: Two of them told me they were beaten when they asked to go home.
"""


def _claims(intro: str, move: str, move2: str) -> list[str]:
    text = _SHOW.format(intro=intro, move=move, move2=move2)
    return [c.text for c in analyse(text, {}).claims]


@pytest.mark.parametrize(("move", "move2"), [
    ("Well, let's begin with the rice farms.", "That's a staggering figure."),
    ("I'd like to be careful about that word.", "I want to give the overseers' side."),
    ("So let's turn to the season itself.", "That's a word many listeners will know."),
    ("Now let's go back to the start.", "It comes up all the time."),
])
def test_steering_lines_are_no_claims(move: str, move2: str) -> None:
    claims = _claims("AMINATA: Welcome back.", move, move2)
    assert not any(move[:12] in c or move2[:12] in c for c in claims)
    assert any("paid nothing" in c for c in claims) and any("beaten" in c for c in claims)


@pytest.mark.parametrize("intro", [
    "I'm Aminata Traore, and with me now is Dr. Kofi Mensah, who studies rural work and has interviewed farm workers.",
    "We have on the line Kofi Mensah, who has interviewed boys working on rice farms.",
])
def test_host_introductions_are_no_claims(intro: str) -> None:
    claims = _claims(intro, "Tell us more.", "Go on.")
    assert not any(intro[:15] in c for c in claims)
    assert any("paid nothing" in c for c in claims)


@pytest.mark.parametrize("line", [
    "Write to us at: Sahel Work Desk, PO Box 881, Bamako. We answer every letter.",
    "7/ If you have news of workers held on that farm, DM me.",
])
def test_addresses_for_letters_and_tips_are_no_claims(line: str) -> None:
    text = ("The boys on the rice farms near Mopti were paid nothing for the whole season, a relative said.\n\n"
            "The overseer kept their identity cards in his hut, he said.\n\n" + line + "\n")
    claims = [c.text for c in analyse(text, {}).claims]
    assert not any(line[:12] in c for c in claims)
    assert any("paid nothing" in c for c in claims)


@pytest.mark.parametrize("line", [
    "I need to be careful here: nobody I met was locked in.",
    "I'd like to be careful, because the overseer beat two of the boys.",
    "That's a staggering figure for boys who were paid nothing.",
    "Let's start with the beatings, which happened every week.",
])
def test_moves_that_go_on_to_tell_are_not_steering(line: str) -> None:
    assert not talk_move(line)
