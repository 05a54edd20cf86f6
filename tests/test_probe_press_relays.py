"""Speakers of the world's press relaying each other (probe diag87): an outlet named with its owner's label ("The
state-run Eastern Herald went further, saying ..."), papers "seen by this newspaper" that set terms, described in a
dashed apposition and named again by their noun ("The contract states ..."), "the same report" of an outlet that
reported, a state body's finding a lawmaker relays after an occasion ("said after the session that the ministry
believed ..."), and a reposter's own comment below a reposted story. Every text is written for
this test; people, firms and outlets are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker, speakers_by_opening


@pytest.mark.parametrize("np,kind", [
    ("The state-run Xinhai Herald", "outlet"),
    ("the state-owned Daily Courier", "outlet"),
    ("the pro-government Volga Courier", "outlet"),
    ("the Kremlin-backed Amur Gazette", "outlet"),
    ("China's state-owned Xinhai Herald", "outlet"),
    ("state-run Volga Courier", "outlet"),
])
def test_owner_label_keeps_outlet(np: str, kind: str) -> None:
    assert classify(np) == kind


@pytest.mark.parametrize("np", ["The state-run Kestrel Foods", "the state-run newspaper", "China's state-owned Harbin Timber"])
def test_owner_label_is_no_outlet_by_itself(np: str) -> None:
    assert classify(np) != "outlet"


def test_labelled_outlet_speaks_its_editorial_and_the_newspaper_is_it_again() -> None:
    text = LEAD + ("China rejected the report. The state-run Xinhai Herald went further in an editorial, saying the "
                   "report relied on hearsay and that the migrants were ordinary visitors. The newspaper said no "
                   "factory kept their passports.\n")
    first = speaker(text, "went further")
    again = speaker(text, "no factory kept")
    assert first[:2] == ("The state-run Xinhai Herald", "outlet")
    assert again[2] == first[2]


def test_papers_seen_by_the_paper_set_terms_and_their_noun_names_them_again() -> None:
    text = LEAD + ("Documents seen by this newspaper — a labour contract between a Khabarovsk builder and a trading "
                   "firm — set a working day of 14 hours. The contract states that the broker \"shall keep the "
                   "passports of the workers.\"\n")
    papers = speaker(text, "working day of 14 hours")
    contract = speaker(text, "shall keep")
    assert papers[:2] == ("Documents seen by this newspaper", "document")
    assert contract[2] == papers[2]


def test_a_noun_the_apposition_did_not_give_is_another_document() -> None:
    text = LEAD + ("Documents seen by this newspaper — a labour contract between a Khabarovsk builder and a trading "
                   "firm — set a working day of 14 hours. The invoice states that the broker was paid 90,000 rubles.\n")
    assert speaker(text, "working day")[2] != speaker(text, "was paid")[2]


def test_the_same_report_is_the_outlet_that_reported() -> None:
    text = LEAD + ("The Kestrel Times reported on Monday that about 200 women had been sent to a fish plant. "
                   "According to the same report, the women work 15 hours a day.\n")
    first = speaker(text, "200 women")
    again = speaker(text, "15 hours a day")
    assert again[1] == "outlet" and again[2] == first[2]


def test_the_same_report_of_a_ministry_stays_a_document() -> None:
    text = LEAD + ("The labour ministry published a report on Monday saying about 200 women had been sent to a fish "
                   "plant. According to the same report, the women work 15 hours a day.\n")
    assert speaker(text, "15 hours a day")[1] == "document"


def test_lawmaker_relays_the_body_after_an_occasion() -> None:
    text = LEAD + ("The labour ministry told lawmakers that 500 workers were sent to Tomsk, according to a legislator. "
                   "Rep. Anna Lund said after the session that the ministry believed the workers had to hand over most "
                   "of their pay. The ministry also said passports of the workers were collected on arrival, Lund said.\n")
    ministry = speaker(text, "500 workers")
    assert speaker(text, "hand over most")[2] == ministry[2]


@pytest.mark.parametrize("sentence,who", [
    ("The workers said they were beaten, Lund said.", "Lund"),  # people, not a body: the one who tells it
    ("The company said it paid wages in full, the inspector said.", "the inspector"),  # a firm: not a state's report
    ("The ministry said passports were returned, spokesperson Ivan Orlov said.", "spokesperson Ivan Orlov"),  # its own
])
def test_closing_tag_keeps_its_speaker(sentence: str, who: str) -> None:
    assert speaker(LEAD + sentence + "\n", sentence[:20])[0] == who


_REPOST = ("Posted by taiga_owl on the Amur Watchers forum, 3 hours ago\n\n[Source: Kestrel Wire]\n\n"
           "HARBIN, China — About 90 North Korean women sew gloves at a plant and leave only in supervised groups, "
           "according to two people who work there.\n\n---\n\n")


def test_reposter_comment_below_the_rule_is_the_posters() -> None:
    text = _REPOST + "My take: I worked in Harbin for a year. Those plants never let the women out on their own.\n"
    assert speaker(text, "never let the women")[:2] == ("taiga_owl", "named_person")


def test_story_text_below_a_rule_without_first_person_stays_the_outlets() -> None:
    text = _REPOST + "The plant never lets the women out on their own, the two people said.\n"
    who = speakers_by_opening(text, 20)
    assert all(v[0] != "taiga_owl" for k, v in who.items() if k.startswith("The plant never"))
