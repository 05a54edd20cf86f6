"""Probes for the page's publisher named in a header with a section label, a "prepared by" line, a "Statement by X on"
heading, a syndication note or an agency's own dateline (written for labourlens; the outlets and firms are invented)."""

from __future__ import annotations

import pytest

from labourlens.analyse.meta import detect

BODY = ("\n\nThe workers said they had not been paid since March, and the company denied it. A union official said "
        "the case would go to court.\n")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Lubumbashi Express — Actualité / Provinces\n\nMiners describe beatings at the pits" + BODY, "Lubumbashi Express"),
        ("Danube Markets Brief — Figures of the week\n\nInvestment rises again" + BODY, "Danube Markets Brief"),
        ("SOUTHBOUND DIGEST - Week 12\nThree items you may have missed." + BODY, "Southbound Digest"),
        ("Case summary: Li et al. v. Harbour Labour Services\nSummary prepared by the Riverside Legal Aid Clinic, "
         "Ningbo.\n" + BODY, "Riverside Legal Aid Clinic"),
        ("STATEMENT BY PT KESTREL NIKEL ON RECENT MEDIA REPORTS\nJakarta, 2 May 2026\n\nPT Kestrel Nikel has noted "
         "reports about its plant." + BODY, "PT Kestrel Nikel"),
        ("Bridge reopens to buses\n(Syndicated by PortLine; originally from Amur Evening)\n" + BODY, "PortLine"),
        ("Northern Central News (Pyongyang, 6 May) -- A spokesman for the ministry answered a question." + BODY,
         "Northern Central News"),
    ],
)
def test_the_publisher_named_at_the_top(text: str, outlet: str) -> None:
    assert detect(text, None, {"published": "2026-05-02"}).outlet == outlet


def test_a_headline_with_a_dash_is_no_publisher() -> None:
    text = "Dandong Seafood Plant — Workers Speak Out" + BODY
    assert detect(text, None, {"published": "2026-05-02"}).outlet is None
