"""Probes: a site's masthead with its slogan ("Kano Voices | News that matters to you") names the outlet, even
on a repost whose article was told to another paper; "Tracker" ends an outlet's name. Texts written for these
tests; every outlet is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-03-01", "language": "en"}
REPOST = """Kano Voices | News that matters to you
Home \u00bb Metro \u00bb Nine women return from Muscat

Posted by admin \u00b7 1 Mar 2026 \u00b7 2 comments

According to The Harmattan Mail:

Nine women who were trafficked as domestic workers have returned to Kano, the anti-trafficking agency said.

One of them told The Mail that her employer had locked her in the house for months.
"""


def test_a_masthead_with_a_slogan_is_the_outlet() -> None:
    assert analyse(REPOST, META).meta.outlet == "Kano Voices"


def test_a_headline_beside_a_name_is_no_slogan() -> None:
    text = REPOST.replace("Kano Voices | News that matters to you", "Nine Women Return From Muscat | Metro")
    assert analyse(text, META).meta.outlet != "Nine Women Return From Muscat"


def test_a_tracker_is_an_outlet_name() -> None:
    text = ("Harbour Bills Tracker\nHome | Written questions | Debates | Search\n\n"
            "Forced Labour: Fishing Fleets\n\nAsked by Jane Morrow MP\n\n"
            "To ask the Secretary what assessment she has made of reports that deckhands were forced to work "
            "20-hour shifts.\n")
    assert analyse(text, META).meta.outlet == "Harbour Bills Tracker"
