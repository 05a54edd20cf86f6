"""The outlet of pages that name their issuer in shapes of Russian regional and channel pages (diag89): a repost line
that names a channel on a platform ("[Source: Telegram channel «Dalstroy Watch», post of 3 May]"), a state body with
its region over a press release, a court's name in capitals over its press service's summary, and a channel's name
before a dash and a description of the channel. Every text is written for this test; bodies' names are invented in
the styles of real ones."""

from __future__ import annotations

from labourlens.analyse import meta


def _outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


def test_a_channel_in_a_repost_line() -> None:
    text = ("[Source: Telegram channel «Dalstroy Watch», post of 3 May, 10:15]\n\n"
            "A reader who works on the next plot writes that the crew sleeps in containers behind the fence.\n")
    assert _outlet(text) == "Dalstroy Watch"


def test_a_state_body_with_its_region_over_a_press_release() -> None:
    text = ("Main Directorate for Migration Affairs, Novosibirsk Oblast\nPress release, 4 June 2026\n\n"
            "On the results of a preventive operation\n\nInspectors checked 140 foreign citizens at two markets.\n")
    assert _outlet(text) == "Main Directorate for Migration Affairs, Novosibirsk Oblast"


def test_a_court_over_its_summary() -> None:
    text = ("ZEYA DISTRICT COURT OF AMUR OBLAST\nSummary of decision in civil case No. 2-118/2026 (prepared by the court "
            "press service)\n\n1. The claimants worked on a logging plot without contracts.\n")
    assert _outlet(text) == "Zeya District Court of Amur Oblast"


def test_a_channel_masthead() -> None:
    text = ("Dostlik Online \u2014 community channel for Uzbeks in Kazan\nForwarded from: Help Line\n\n"
            "Brothers, be careful with the warehouse vacancy on Tukay Street.\n")
    assert _outlet(text) == "Dostlik Online"


def test_plain_pages_are_left_alone() -> None:
    assert _outlet("Weather in Kazan \u2014 rain all week\n\nThe city opened a new bridge on Monday.\n") is None
    # a court's name over a story, not over its own summary
    assert _outlet("KAZAN DISTRICT COURT\n\nA reporter sat in on three cases on Monday.\n") != "Kazan District Court"
    # a body with its region over an ordinary story, not a press release
    assert _outlet("Main Directorate for Migration Affairs, Novosibirsk Oblast\nOpening hours change in June\n\n"
                   "The office will close at five.\n") is None
