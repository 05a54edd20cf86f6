"""A first-person account under an "As told to" line whose teller the note names by age and a name the page was asked
not to print in full (a study of s37 on a held-out set; every text here is written for this test, with fictional
people): the account's plain sentences are the teller's, not the publisher's. Near miss: the same kind of note in a news
story with no "As told to" line leaves the plain sentences with the page."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

NOTE = ("NORTHERN LEDGER | IN THEIR WORDS\n\nA welder's year at the yard\n\n"
        "As told to Petra Lund. Tomas, 34, asked us not to print his surname, as his family still lives near "
        "the yard.\n\n")
ACCOUNT = ("I paid a broker in the capital 900 dollars for the job, and my cousin lent me most of it. On the first day "
           "a manager took my passport. We worked from six in the morning until midnight. They never paid me the "
           "salary in the contract.\n")


@pytest.mark.parametrize("start", ["I paid a broker", "On the first day", "We worked from", "They never paid"])
def test_account_is_the_tellers(start: str) -> None:
    a = analyse(NOTE + ACCOUNT, {})
    c = next(c for c in a.claims if c.text.startswith(start))
    src = a.source(c.source)
    assert src is not None and src.wording == "Tomas" and src.kind == "named_person"


def test_news_story_note_is_no_account() -> None:
    story = ("NORTHERN LEDGER\n\nWelders say pay was withheld\n\n"
             "Tomas, 34, asked us not to print his surname, as his family still lives near the yard.\n\n"
             "Welders at the yard were not paid for months, according to the union. A manager kept their passports.\n")
    a = analyse(story, {})
    c = next(c for c in a.claims if c.text.startswith("A manager kept"))
    src = a.source(c.source)
    assert src is None or src.wording != "Tomas"
