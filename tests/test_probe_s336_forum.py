"""Probes (study 336): a forum thread whose posts open on a line with the poster's handle, a dot and the post's
date and time ("kite_9 · 12 May 2026, 09:15") gives each post to its poster, a ``named_person`` worded by the
handle. A news page without a thread's words keeps a credit line of that shape as no poster. Texts written for these
tests; the board, firms and users are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-12", "language": "en"}
THREAD = """DeckBoard › Crew Talk › Trawlers

Thread: Has anyone sailed with Marlin Dawn Fisheries?
Started by reef_hand22 · 9 replies · 812 views

reef_hand22 · 12 May 2026, 08:40
An agent in Iloilo offered me a place on a trawler from Marlin Dawn Fisheries. Any news about them?

kite_9 · 12 May 2026, 09:15
Sailed with them in 2025. The skipper locked our passports in his cabin and we saw no port for ten months.

net.mender · May 12, 2026 10:02 am
On my trip they paid us three months late and we worked twenty hours a day at hauling.
"""


def _speaker(text: str, part: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    c = next(c for c in a.claims if part in c.text)
    return a.source(c.source)


def test_a_dated_handle_line_heads_its_posters_post() -> None:
    src = _speaker(THREAD, "locked our passports")
    assert src is not None and src.kind == "named_person" and src.wording == "kite_9"


def test_a_handle_with_a_dot_and_an_american_date_heads_a_post() -> None:
    src = _speaker(THREAD, "twenty hours a day")
    assert src is not None and src.kind == "named_person" and src.wording == "net.mender"


STORY = """Trawler crew say passports were taken

SUVA, Fiji (Harbour Post) — Deckhands from the trawler Marlin Dawn told a welfare group in Suva that they had been held at sea for fourteen months.

One deckhand said the skipper locked their passports in his cabin for the whole voyage and held back their pay until they flew home.

photo_desk · 12 May 2026, 09:15
The boat tied up at the main wharf on Tuesday.
"""


def test_a_credit_line_on_a_news_page_is_no_poster() -> None:
    a = analyse(STORY, META)
    assert any("passports" in c.text for c in a.claims)  # the page has its claim: the check below is not vacuous
    assert all((s.wording or "") != "photo_desk" for s in a.sources)
