"""Probe (s387): two kinds of page with nothing to find.

A supplier code whose bans take a subject of none ("No vendor may charge ...") prescribes, as "shall not" does: the words
of abuse it names are what it forbids. A visitor's guide to a border viewpoint names the neighbouring country's land
("the North Korean hills across the water"), not its people: with no worker in it, a tip about carrying one's passport
is no account of abuse. Texts written for this test; firms, places and people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}


def _claims(text: str) -> int:
    return len(analyse(text, META).claims)


def test_a_code_whose_bans_have_a_subject_of_none_is_quiet() -> None:
    text = ("Larkspur Fish Traders - Supplier Code of Conduct, edition 2\n\n"
            "Scope. This code binds every packing house and trawler owner that sells to Larkspur.\n\n"
            "1. Free choice. No vendor may use convict labour, smuggled labour or labour bound by a loan. Staff may "
            "resign with notice and may leave the premises after each shift.\n\n"
            "2. Papers. Vendors shall not keep anyone's identity papers.\n\n"
            "3. Fees. No contractor may charge a placement fee to a job seeker.\n\n"
            "4. Pay. Pay must reach each person's own account every month.\n")
    assert _claims(text) == 0


def test_a_guide_to_a_viewpoint_over_the_north_korean_hills_is_quiet() -> None:
    text = ("Visiting the river lookout at Birchford: a short guide\n\n"
            "By the Northern Trails Desk | Updated April 2026\n\n"
            "From the lookout you can see the North Korean hills across the water and the old iron bridge.\n\n"
            "Buses leave Birchford at 8:00 and 12:00; the fare is 15 yuan.\n\n"
            "Carry your passport: the guards at the checkpoint below the lookout will want to see it.\n\n"
            "Local cafes serve noodles and grilled fish for 30 to 50 yuan.\n")
    assert _claims(text) == 0


def test_a_report_on_north_korean_workers_still_yields_claims() -> None:
    # near miss: the people are named beside the land, and their passports were taken
    text = ("North Korean workers at a fish plant near the border had their passports taken, two of them told "
            "the Northern Ledger. The plant overlooks the North Korean hills across the water.\n\n"
            "\"We could not leave the dormitory,\" one woman said.\n")
    assert _claims(text) >= 2


def test_a_news_story_about_a_code_still_yields_claims() -> None:
    # near miss: a page about a code that reports words of abuse is a report
    text = ("Larkspur Fish Traders - Supplier Code of Conduct under fire\n\n"
            "No vendor may hold workers' papers, the code says. But three packers told the Coastal Herald that "
            "their passports were kept by the vendor's manager for two years and their wages were withheld.\n")
    assert _claims(text) >= 1
