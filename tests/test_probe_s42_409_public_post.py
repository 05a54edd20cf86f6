"""Probe (session 42, from heldout409's speaker misses): a network's public post headed "Public post · <full name> ·
<place> · <date>" is the poster's own words (a named person), and the poster's name is no outlet of the page. Near
miss: a news page's header "Harbour Ledger · Gdansk · 2 April 2026" keeps its outlet. Text written for this test."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import speakers_by_opening

_POST = """{header}

PLEASE SHARE. HELP US FIND MY HUSBAND.

My husband Piotr, 33, left for Russia in October. We paid the broker 20,000 zloty, most of it borrowed from my parents.

In December he told us the foreman had taken his passport. He said they were digging trenches near the front and that their phones were collected every night.

We have written to the foreign ministry.
"""


def test_a_public_post_is_its_posters_and_names_no_outlet() -> None:
    text = _POST.format(header="Public post \u00b7 Marta Kowalczyk \u00b7 Gdansk, Poland \u00b7 2 April 2026 \u00b7 Shared 900 times")
    found = speakers_by_opening(text, 30)
    assert next(v for k, v in found.items() if k.startswith("We paid the broker")) == ("Marta Kowalczyk", "named_person")
    assert analyse(text, {}).meta.outlet is None


def test_a_news_header_keeps_its_outlet() -> None:
    text = _POST.format(header="Harbour Ledger \u00b7 Gdansk \u00b7 2 April 2026")
    assert analyse(text, {}).meta.outlet == "Harbour Ledger"
