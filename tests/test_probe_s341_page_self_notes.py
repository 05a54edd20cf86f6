"""What a page says of itself (study s341): a site, newsletter or monitor describing itself ("... is an independent
news site for ..."), how its issues are made ("... is compiled each week by our editors ..."), how it gathers its news
("... relies on a network of volunteer monitors ..."), why it publishes a note ("We publish this note so that ..."),
that it has not checked what it passes on, and a bare "I would like to be accurate." are no claims about workers. A firm
described the same way, and a sentence with a cue of abuse, stay claims. Every text is invented (outlets, bodies and
people fictional, places real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.own_doings import own_doing
from labourlens.analyse.page_self_notes import page_self_note
from labourlens.analyse.pipeline import analyse

META = {"language": "en", "published": "2026-11-20"}

BODY = ("Seasonal workers from Osh said a farmer near Taraz confiscated their passports in August and paid them nothing "
        "for two months.")


@pytest.mark.parametrize("sentence", [
    "Stepnoy Vestnik is an independent news site for seasonal workers from the Fergana valley.",
    "The Monday Migrant Digest is compiled each week by our editors from local papers and reader tips.",
    "The Caspian Labour Observatory relies on a network of volunteer monitors who tour farms every spring.",
])
def test_page_self_note(sentence: str) -> None:
    assert page_self_note(sentence)
    text = f"Farm workers' passports held near Taraz\n\n{BODY}\n\n{sentence}\n"
    assert not any(c.text.strip() == sentence for c in analyse(text, META).claims)


@pytest.mark.parametrize("sentence", [
    "We publish these figures so that the consulate and the families read the same numbers.",
    "We have not verified these posts independently, so treat them as leads.",
    "I would like to be accurate.",
])
def test_own_practice_notes(sentence: str) -> None:
    assert own_doing(sentence)


@pytest.mark.parametrize("sentence", [
    "Ak Tobe Agro is a farming company that employs 300 seasonal pickers near Taraz.",
    "Stepnoy Vestnik is a news site for migrants, and its reporter was beaten by the farmer's guards.",
])
def test_near_misses_are_no_self_notes(sentence: str) -> None:
    text = f"Farm workers' passports held near Taraz\n\n{BODY}\n\n{sentence}\n"
    claims = analyse(text, META).claims
    if "beaten" in sentence:
        assert any("beaten" in c.text for c in claims)
    else:
        assert not page_self_note(sentence)


def test_resignation_threat_is_no_bar_on_leaving() -> None:
    from labourlens.analyse.claims import _match

    hits = {h.indicator for h in _match("Any nurse who does not go to the fields must sign a resignation letter.", 0).hits}
    assert "intimidation_and_threats" in hits and "restriction_of_movement" not in hits


@pytest.mark.parametrize("sentence,unverified", [
    ("We have not verified these ourselves, so take them as accounts, not facts.", True),
    ("Treat these posts as rumours, not facts.", True),
    ("Our team has not checked them yet because the farm was closed and will go back.", False),
])
def test_channel_note_on_what_it_passes_on(sentence: str, unverified: bool) -> None:
    from labourlens.analyse.hedges import is_unconfirmed

    assert is_unconfirmed(sentence) is unverified
