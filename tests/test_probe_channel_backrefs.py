"""A Telegram channel named once and then "the channel": its words are the named channel's (an ``outlet`` worded by
its name). A channel never named keeps "the channel". Every text is written for this test; channels, people and
firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.channel_backrefs import _named_before
from probe_helpers import LEAD, speaker

POST = ('"The men from Osh have been kept under lock since Monday because the foreman fears they will go to the '
        'police," the channel wrote. "They are let out only to go to the site and back."')


@pytest.mark.parametrize("intro,name", [
    ("A video of men behind a barred door spread after it was posted by the Telegram channel Stroika Vestnik, which "
     "covers the building trade.", "Stroika Vestnik"),
    ("The video was first shared by the Kama Pravda Telegram channel on Sunday.", "Kama Pravda"),
])
def test_the_channel_is_the_channel_named_before(intro: str, name: str) -> None:
    text = LEAD + intro + "\n\n" + POST
    assert speaker(text, "let out only")[:2] == (name, "outlet")
    assert speaker(text, "kept under lock")[:2] == (name, "outlet")


def test_a_channel_never_named_stays_the_channel() -> None:
    text = LEAD + "A video of men behind a barred door spread on Sunday.\n\n" + POST
    wording, kind, _ = speaker(text, "let out only")
    assert kind == "outlet" and (wording or "").lower() == "the channel"


def test_named_before() -> None:
    assert _named_before("posted by the Telegram channel Baza and the police said", 60) == "Baza"
    assert _named_before("no channel here", 15) is None
