"""The page's publisher given in its first lines (probe diag51): "Published by the X" or "A report by X" under the
title, a blog's title with small joining words ("Notes from the Harbour - the blog of ..."), a radio station's
masthead with its frequency. Negative controls: a "published by" far down the page, a statement with no issuer
line (an embassy's name over its own statement is left as it was: making it the outlet split the embassy's numbered
points from its named sentences on another set). Every page and body
here is invented for the test."""

from __future__ import annotations

from labourlens.analyse import meta

BODY = ("Deckhands on two trawlers said they were kept at sea for fourteen months and that their wages were "
        "held back by the manning agent.\n\nThe agent did not answer calls.\n")


def outlet(text: str) -> str | None:
    return meta.detect(text, None, {}).outlet


def test_published_by_line_under_the_title() -> None:
    text = ("FLEET ALERT No. 12\nPublished by the Saltwater Labour Monitor (independent)\n\nTRAWLERS OFF GHANA\n\n"
            "1. Tema: " + BODY)
    assert outlet(text) == "Saltwater Labour Monitor"


def test_a_report_by_line_under_the_title() -> None:
    text = ("Nets and Debts: Deckhands in the Gulf of Guinea\nA report by Haki Baharini (Sea Rights), Accra\n\n"
            "2. FINDINGS\n\n" + BODY)
    assert outlet(text) == "Haki Baharini"


def test_a_report_by_a_group_based_somewhere() -> None:
    text = "Nets and Debts\nA report by the Accra-based Sea Rights Watch, May 2025\n\n2. FINDINGS\n\n" + BODY
    assert outlet(text) == "Sea Rights Watch"


def test_published_by_deep_in_the_body_is_no_publisher_line() -> None:
    text = "Trawler crews at sea for a year\n\n" + BODY + "\nA study published by the Coastal Labour Monitor last year found the same.\n"
    assert outlet(text) != "Coastal Labour Monitor"


def test_blog_title_with_small_joining_words() -> None:
    text = ("Notes from the Harbour — the blog of Efua Asante, attorney\n\nHome | About | Contact\n\n" + BODY)
    assert outlet(text) == "Notes from the Harbour"


def test_radio_masthead_without_its_frequency() -> None:
    text = "RADIO KITO 88.4 FM – \"AT SEA\"\nProgramme transcript, Monday edition\n\n" + BODY + "\nTranscribed by the Radio Kito newsroom.\n"
    assert outlet(text) == "Radio Kito"


def test_statement_without_an_issuer_line_keeps_no_embassy() -> None:
    text = "PRESS STATEMENT\nRef: GH/BH/12\n\nWe wish to inform the public of the following.\n\n" + BODY
    assert "Embassy" not in (outlet(text) or "")
