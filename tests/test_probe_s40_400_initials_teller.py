"""Probes (session 40, from heldout400's speaker misses): a first-person account under a standfirst that says the
teller asked the page to print only their initials ("He asked us to print only his initials, R.W.") is the teller's,
named by those initials (``named_person``), as an account under "asked us to print only his first name" already was.
Near misses: a news story that names a source by initials and quotes him in the third person keeps its quotes, and
the editor's closing note stays out of the account; (s40) a note that tells of the account sent to the agency
and the agency's answer is read, not dropped as the page's chrome (a note on names or sources still is). Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import speaker

_ACCOUNT = """Harbour Voices | First person

"I counted the days on the cabin door"

A deckhand from Pemalang tells of a year and two months aboard a tuna longliner in the Indian Ocean. He asked us to print only his initials, R.W.

I was 22 when I went to sea. The recruiter promised me a cabin of my own and a wage paid every month.

The captain took our passports on the first day. We worked twenty hours a day during the hauling season.

When I got home the agency kept half of my wages and called it a guarantee.

Editor's note: We showed this account to the manning agency, Samudra Jaya Crew. A clerk there said by email that it "has never held the passport of any crew member".
"""

_IDENTIFIED = _ACCOUNT.replace("He asked us to print only his initials, R.W.",
                               "She asked to be identified only by her initials, N.T.")

_STORY = """HARBOUR DAILY

Tegal, 2 February 2026 - A deckhand who came home last week says the captain of his longliner kept the crew's passports. He asked us to print only his initials, R.W.

"The captain took our passports on the first day," R.W. said. The manning agency said it had never held any passport.
"""


def test_an_account_under_an_initials_note_is_the_tellers() -> None:
    assert speaker(_ACCOUNT, "took our passports")[:2] == ("R.W.", "named_person")
    assert speaker(_ACCOUNT, "kept half of my wages")[:2] == ("R.W.", "named_person")
    assert speaker(_IDENTIFIED, "twenty hours")[:2] == ("N.T.", "named_person")


def test_the_editors_note_is_not_the_tellers() -> None:
    assert speaker(_ACCOUNT, "never held the passport")[0] != "R.W."


def test_a_note_on_names_stays_chrome() -> None:
    text = _ACCOUNT.replace("We showed this account to the manning agency", "We changed the names of the crew and the agency")
    assert not any("never held the passport" in c.text for c in analyse(text, {}).claims)


def test_a_story_quoting_by_initials_keeps_its_speakers() -> None:
    assert speaker(_STORY, "took our passports")[:2] == ("R.W.", "named_person")
    assert speaker(_STORY, "had never held any passport")[0] != "R.W."
