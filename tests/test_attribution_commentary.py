"""An opinion piece speaks in its author's voice; people a first-person writer met speak what they
told the writer (all texts fictional, written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of, who
from labourlens.analyse.commentary import is_commentary
from labourlens.analyse.first_person_shapes import met_who_told_mention, put_it_mention

OPINION = """OPINION

The quiet return of contract crews to the Caspian ports

By Prof. Nadia Orlova, Caspian Policy Centre

Port crews from abroad were back on the docks of Aktau by the autumn of 2022. Their contracts still ran for three
years, and their passports were still kept by the agency that sent them.

In my view the "voluntary" savings scheme is a way of holding wages back. Governments should ask who holds the money.
"""


@pytest.mark.parametrize("head", [
    "COMMENTARY\n\nTitle\n\nBy A. Writer\n", "Opinion | Labour\n\nTitle\n", "Op-ed\n\nTitle\n", "VIEWPOINT\n\nTitle\n",
    "Guest column\n\nTitle\n", "Title\n\nOpinion by Ana Ruiz\n",
])
def test_opinion_headings(head: str) -> None:
    assert is_commentary(head + "Body text.")


@pytest.mark.parametrize("head", [
    "ANALYSIS\n\nTitle\n\nBy A. Writer\n", "Port crews return\n\nBy Ana Ruiz, staff reporter\n",
    "Commentators say the port is busy\n\nBy Ana Ruiz\n", "Business | Ports\n\nTitle\n",
])
def test_news_headings_are_not_commentary(head: str) -> None:
    assert not is_commentary(head + "Body text.")


def test_an_opinion_piece_speaks_as_its_author() -> None:
    for frag in ("back on the docks", "passports were still kept", "savings scheme"):
        src = who(OPINION, frag)
        assert src is not None and src.kind == "named_person" and src.canonical == "Nadia Orlova"


def test_the_headline_before_the_byline_is_not_the_author() -> None:
    assert who(OPINION, "quiet return") is None


def test_a_reporter_byline_keeps_the_outlet_voice() -> None:
    text = OPINION.replace("OPINION\n\n", "").replace("In my view the", "The")
    assert who(text, "back on the docks") is None
    assert who(text, "savings scheme") is None


# ---------------------------------------------------------------- people the writer met

@pytest.mark.parametrize("sentence, speaker", [
    ("I spoke to a Kazakh crane operator who told me the crews slept on the ship.", "a Kazakh crane operator"),
    ("We also talked with two dock cooks who told us that meals were cut.", "two dock cooks"),
    ("Last spring I met a retired harbour pilot who said the men never left the port.", "a retired harbour pilot"),
    ("We interviewed one former deckhand who described beatings on board.", "one former deckhand"),
])
def test_a_person_the_writer_met_speaks(sentence: str, speaker: str) -> None:
    m = met_who_told_mention(sentence)
    assert m is not None and m.wording == speaker
    src = who(sentence, sentence[:20])
    assert src is not None and src.kind == "anonymous_source" and (src.wording or "").startswith(speaker)


@pytest.mark.parametrize("sentence", [
    "I visited a sawmill that employs forty men who said nothing.",  # "that employs": not a person met
    "I met the mayor in 2019.",  # no account
    "Workers who told us about the port were afraid.",  # no first-person writer
])
def test_no_person_met(sentence: str) -> None:
    assert met_who_told_mention(sentence) is None


@pytest.mark.parametrize("sentence, speaker", [
    ("The figures speak for themselves, and a port official put it to me more bluntly: the crews are hostages.",
     "a port official"),
    ("But one deckhand summed it up for us: nobody is paid before the season ends.", "one deckhand"),
])
def test_someone_who_put_it_speaks_after_the_colon(sentence: str, speaker: str) -> None:
    m = put_it_mention(sentence)
    assert m is not None and m.wording == speaker


def test_put_it_without_a_colon_is_not_a_speaker() -> None:
    assert put_it_mention("A port official put it on the agenda in May.") is None


def test_the_official_who_put_it_is_the_one_quoted_next() -> None:
    text = ("My argument is simple, and a regional labour official put it to me more plainly: the men never held "
            'their own pay.\n\n"We saw the ledgers," the official said.\n')
    keys = [src.key if src else None for _, src in speakers_of(text)]
    assert keys[0] is not None and keys[0] == keys[1]


def test_the_writer_in_a_continued_account_is_the_author() -> None:
    text = OPINION.replace("In my view the", "I met a crane driver who told me the crews were locked in at night. "
                                             "He showed me their roster. In my view the")
    driver = who(text, "locked in at night")
    roster = who(text, "showed me their roster")
    assert driver is not None and driver.kind == "anonymous_source"
    assert roster is not None and roster.canonical == "Nadia Orlova"
