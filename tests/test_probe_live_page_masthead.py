"""A live page's header: "NAME | LIVE" over a line of buttons ("Reload | Share | Follow on ...") names the outlet;
the buttons are no outlet. Every text is written for this test; the outlet and people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}

LIVE = (
    "DECCAN DAILY | LIVE\n"
    "Mysuru brick kiln raid: live updates\n\n"
    "Last updated: 3 May 2026, 18:20 IST\n"
    "Reload | Share | Follow on WhatsApp\n\n"
    "18:20 IST\n"
    "Our reporter returns to the kiln on Friday.\n\n"
    "17:05 IST\n"
    "Police say 40 workers held at a kiln near Mysuru were beaten and their wages withheld for months, the district "
    "labour officer told reporters.\n"
)


def test_live_page_outlet_is_the_masthead() -> None:
    assert analyse(LIVE, META).meta.outlet == "Deccan Daily"
