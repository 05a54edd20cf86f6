"""Study 349: a channel's header without a handle ("Telegram channel \u00b7 3.1K subscribers") under its name and
tagline names the outlet, as a handle line does; a person's profile line stays none. Every text is written for this
test; channels and people are fictional."""

from __future__ import annotations

from labourlens.analyse import pipeline
from labourlens.analyse.channel_headers import channel_handle_line

_POST = ("Harbour Talk | notes from the docks\nTelegram channel \u00b7 3.1K subscribers\n\n4 May 2026\n\n"
         "North Korean welders at the Nakhodka yard say the foreman keeps their passports in his safe.")


def test_channel_line_without_handle() -> None:
    assert channel_handle_line("Telegram channel \u00b7 3.1K subscribers")
    assert channel_handle_line("Channel \u00b7 posts in English \u00b7 9,870 subscribers")


def test_not_channel_lines() -> None:
    assert not channel_handle_line("Channel 4 news at six")
    assert not channel_handle_line("Ana R \u00b7 800 followers")


def test_channel_name_before_tagline_is_outlet() -> None:
    assert pipeline.analyse(_POST).meta.outlet == "Harbour Talk"
