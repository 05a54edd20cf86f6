"""Probes for the classes of miss found when heldout265 (migrant workers in the Gulf, seen through many kinds of outlet)
was opened for study (branch diag265). Every text is written for these tests, in our own wording: names, firms, boards
and figures are invented (places and currencies are real); each class has controls that must not change."""

from __future__ import annotations

from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.media_heads import media_clash
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speaker_kinds import too_long, without_time
from labourlens.formats.html import extract
from labourlens.model import Analysis
from probe_helpers import speaker


def _page(page: str) -> Analysis:
    doc = extract(page)
    meta = {"language": "en", "outlet": doc.outlet, "title": doc.title, "page_title": doc.extra.get("page_title")}
    return analyse(doc.text, meta)


def _speakers(a: Analysis) -> dict[str, tuple[str | None, str]]:
    out = {}
    for c in a.claims:
        s = a.source(c.source)
        out[c.text[:24]] = ((s.wording if s else None), c.source)
    return out


# ---------------------------------------------------------------- a forum handle with the post's kind or standing


def test_handle_with_post_kind_is_a_header() -> None:
    assert post_header("tariq_builds \u00b7 Reply") == ("tariq_builds", len("tariq_builds \u00b7 Reply"))
    assert post_header("NightShiftJoe | Comment #4") is not None
    assert post_header("kamala.r \u00b7 Moderator")[0] == "kamala.r"  # type: ignore[index]
    assert post_header("salma77 \u2022 Member") is not None


def test_words_that_are_no_header_stay_apart() -> None:
    assert post_header("Reply \u00b7 Quote \u00b7 Like (3)") is None  # a post's buttons
    assert post_header("The thread \u00b7 Reply to it soon") is None  # more than a kind after the bar
    assert post_header("Jobs | Members") is None  # a navigation bar


_BOARD = (
    "Camp food in Salalah - Workers Board forum\n\n"
    "hamid_welds \u00b7 Posted 9 May 2026\n\n"
    "Our sponsor holds every passport in the camp office and we only get them when we fly home. "
    "The supervisor docks OMR 5 from my wage for each day I am sick.\n\n"
    "Reply \u00b7 Quote \u00b7 Like (4)\n\n"
    "PeterInSalalah \u00b7 Reply\n\n"
    "At my firm nobody takes our passports. We keep them in our own rooms.\n\n"
    "Reply \u00b7 Quote \u00b7 Like (2)\n\n"
    "lal_bahadur_21 \u00b7 Reply\n\n"
    "I borrowed INR 90,000 from a moneylender in Patna to pay the agent and still owe half of it.\n")


def test_replies_under_handles_are_their_posters() -> None:
    by_open = _speakers(analyse(_BOARD, {"language": "en"}))
    assert by_open["At my firm nobody takes "][0] == "PeterInSalalah"
    assert by_open["I borrowed INR 90,000 fr"][0] == "lal_bahadur_21"
    assert by_open["Our sponsor holds every "][0] == "hamid_welds"
    assert by_open["At my firm nobody takes "][1] != by_open["Our sponsor holds every "][1]


# ---------------------------------------------------------------- an aside on who met the speaker, and where


def test_met_by_aside_is_not_counted_in_the_speaker_length() -> None:
    phrase = "A welder from Kerala questioned by The Coastal Herald near the port gates of Mina Salman"
    assert too_long(phrase, 12)
    assert not too_long(without_time(phrase), 12)
    # control: a long phrase without such an aside keeps its length
    long_np = "The tall welder from Kerala with the torn blue overalls near the port gates of Mina Salman"
    assert too_long(without_time(long_np), 12)


def test_long_met_by_aside_keeps_the_speaker_on_a_wire() -> None:
    text = ("MUSCAT, June 4 (Harbour Press Agency) - Rights groups say cleaners at Omani malls are paid late.\n\n"
            "A union in Muscat said it had spoken to 52 cleaners from Bangladesh, India and Nepal.\n\n"
            "A cleaner from Sylhet interviewed by Harbour Press Agency outside a mall in the Ruwi district said "
            "his wages had been held back for three months. \"They keep my papers in a drawer,\" he said.")
    wording, kind, key = speaker(text, "his wages had been held back")
    assert wording is not None and wording.startswith("A cleaner from Sylhet")
    assert kind == "anonymous_source"
    assert speaker(text, "They keep my papers")[2] == key


# ---------------------------------------------------------------- "the company" is not the news site it answers


def test_firm_noun_does_not_name_a_publication_again() -> None:
    assert media_clash("company", "a foreign news site")
    assert media_clash("firm", "an online blog")
    assert media_clash("employer", "a Manila tabloid")
    # controls: a firm, a rights group's word left to other rules, a non-firm noun
    assert not media_clash("company", "a cleaning contractor")
    assert not media_clash("company", "Site Crew Services LLC")
    assert not media_clash("group", "a foreign news site")
    assert not media_clash("company", "The lead contractor at the Sitra building site")  # a workplace, not a paper
    assert not media_clash("company", "a retail outlet")


def test_contractor_at_a_site_is_still_the_company() -> None:
    text = ("Builders in Salmiya say they work through the summer heat ban without pay.\n\n"
            "The lead contractor at the Salmiya tower site, Dune Crest Contracting WLL, said its men rest at midday. "
            "\"Nobody on our payroll works through the heat ban,\" the company said.")
    first = speaker(text, "its men rest at midday")
    second = speaker(text, "Nobody on our payroll")
    assert first[2] == second[2]


_STATEMENT = """<!DOCTYPE html>
<html><head><title>Our reply to press coverage | Harbor Line Logistics Ltd</title></head>
<body><main>
<h1>Our reply to press coverage of our drivers</h1>
<p>Jeddah, 3 June 2026</p>
<p>Harbor Line Logistics Ltd has seen a story published by a foreign news site alleging that drivers hired by the
firm in Jeddah went unpaid and were locked in their camp.</p>
<p>The firm firmly denies these claims. Every driver is paid by bank transfer each month.</p>
<p>The firm admits that nine drivers hired in May were paid late because of a payroll fault, and says they were
given SAR 150 each.</p>
</main></body></html>"""


def test_firm_statement_speaks_as_its_own_page() -> None:
    a = _page(_STATEMENT)
    by_open = _speakers(a)
    site = by_open["Harbor Line Logistics Lt"]
    assert site[0] == "a foreign news site"
    deny, admit = by_open["The firm firmly denies t"], by_open["The firm admits that nin"]
    assert deny[1] == admit[1] != site[1]
    assert a.meta.outlet == "Harbor Line Logistics Ltd"
    assert deny[1] == "OUTLET"


def test_the_company_in_a_news_report_is_left_alone() -> None:
    # control: a news page (no firm as its outlet): "the company" stays a firm source of its own
    text = ("Drivers say they go unpaid in Jeddah\n\n"
            "Drivers for Harbor Line Logistics Ltd in Jeddah say their wages have been held back since March and "
            "their passports kept, according to a foreign news site.\n\n"
            "The company denied the claims and said every driver is paid by bank transfer and keeps his own passport.")
    wording, kind, key = speaker(text, "every driver is paid", {"language": "en", "outlet": "Red Sea Courier"})
    assert key != "OUTLET" and kind == "organization"
    assert wording != "a foreign news site"
