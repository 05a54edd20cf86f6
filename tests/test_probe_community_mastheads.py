"""Probes: a community paper's masthead with a section label ("Mbale Observer | Community") is the outlet even when
the page calls itself "the Observer", a short name that a known outlet of London also goes by; an outlet named with a
Swahili connector ("Sauti ya Kati was unable to verify") keeps its whole name. Texts written for these tests; the
outlets are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}

OBSERVER = """Mbale Observer | Community

Family says daughter's passport was taken in Muscat

By Grace Auma

The family of a 22-year-old woman from Mbale who went to work as a housemaid in Oman say her employer took her passport. A ministry official told the Observer it was aware of the case. The Observer could not independently verify the family's account.
"""

KATI = """Sauti ya Kati

Our youth abroad: "We were sold a dream"

MOMBASA - Ten young men from Kilifi who travelled to Russia this year say their passports were taken on arrival. Sauti ya Kati spoke to six of them, and to the relatives of four others who are still there.

The agency could not be identified, and Sauti ya Kati was unable to verify the returnees' accounts independently.
"""

def test_community_masthead_over_a_known_short_name() -> None:
    assert analyse(OBSERVER, META).meta.outlet == "Mbale Observer"


def test_outlet_name_with_a_swahili_connector() -> None:
    assert analyse(KATI, META).meta.outlet == "Sauti ya Kati"
