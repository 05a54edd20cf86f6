"""A byline's second part is the outlet ("By Ana Ruiz | Mekong Ledger") unless it is the writer's post ("By Ana
Ruiz | Staff Reporter", "By Lee Jun, Senior Correspondent"): a post is no outlet's name, and the masthead names
the page instead. Mini-documents in our own wording, with controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse.meta import detect
from labourlens.analyse.outlet_forms import staff_role


@pytest.mark.parametrize(("name", "post"), [
    ("Staff Reporter", True),
    ("Senior Correspondent", True),
    ("Our Correspondent", True),
    ("Special Writer", True),
    ("The Correspondent", False),
    ("Mekong Ledger", False),
    ("Harbour Reporter", False),
])
def test_a_post_is_no_outlet(name: str, post: bool) -> None:
    assert staff_role(name) is post


def test_masthead_wins_over_a_post_in_the_byline() -> None:
    text = ("THE SALALAH HERALD\nHome > Oman > Labour\n\nFilipino drivers say agency kept their pay\n\nBy Ravi Menon | "
            "Staff Reporter\n\nSALALAH - Thirty drivers employed by a transport contractor say they have not been paid "
            "for four months, the Salalah Herald has learned.\n")
    assert detect(text, None, None).outlet != "Staff Reporter"


def test_outlet_in_the_byline_still_counts() -> None:
    text = ("Filipino drivers say agency kept their pay\n\nBy Ravi Menon | Dhofar Daily Ledger\n\nSALALAH - Thirty "
            "drivers employed by a transport contractor say they have not been paid for four months.\n")
    assert detect(text, None, None).outlet == "Dhofar Daily Ledger"


def test_a_language_switch_in_the_byline_line_is_no_outlet() -> None:
    text = ("Amnok Dispatch | Inside the DPRK\n\nBrigade paid in coupons after return from Russia\n\nPak Ji-hoon | 2026-03-02 | Read in "
            "Korean\n\nA construction brigade that came back to Sinuiju has been paid in coupons, a source in North "
            "Phyongan told the paper.\n")
    assert detect(text, None, None).outlet != "Pak Ji-hoon"


def test_a_name_beside_a_date_and_a_language_switch_is_a_weak_header() -> None:
    from labourlens.analyse.mastheads import header_votes

    votes = header_votes("Pak Ji-hoon | 2026-03-02 | Read in Korean\n\nA brigade came back to Sinuiju.\n")
    assert all(weight < 1.5 for name, weight, _ in votes if name == "Pak Ji-hoon"), votes
