"""Probes: a press release that sums up its own interviews ("Our caseworkers interviewed 12 of the women. Their
accounts show:") speaks its bulleted findings in its own voice; a news story with the same lead-in gives the list
to the accounts. Emphatic "did" before a reporting verb ("The audit did record ...") keeps the attribution, and
estimates no one is named for ("According to various estimates") are the page's own hedged figure. Texts written
for these tests; every group, person and company is fictional."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

BODY = """Our caseworkers interviewed 12 of the women between 3 and 9 May. Their accounts show:

\u2022 Employers kept the passports of all 12 women on arrival.
\u2022 Nine were not paid for more than three months.

"They are trapped in these houses," said Lina Haddad, the centre's case manager.
"""

RELEASE = "FOR IMMEDIATE RELEASE\n\nCedar Migrant Support Centre\nBeirut, 12 May 2026\n\n" + BODY
STORY = LEAD + BODY


def test_a_releases_own_accounts_list_is_the_pages_voice() -> None:
    assert speaker(RELEASE, "kept the passports")[1] in ("outlet", None)
    assert speaker(RELEASE, "not paid for more than")[2] == speaker(RELEASE, "kept the passports")[2]


def test_the_same_list_in_a_news_story_keeps_its_speaker() -> None:
    assert speaker(STORY, "kept the passports")[1] not in ("outlet", None)


def test_a_quote_after_the_list_keeps_its_speaker() -> None:
    assert speaker(RELEASE, "trapped in these houses")[0] == "Lina Haddad, the centre's case manager" or \
        speaker(RELEASE, "trapped in these houses")[1] == "named_person"


AUDIT = LEAD + ("A third-party audit of the yard, carried out in May, found no evidence of withheld passports.\n\n"
                "The audit %s working hours of up to 80 hours a week during the winter season.")


def test_emphatic_did_keeps_the_reporting_verb() -> None:
    first = speaker(AUDIT % "recorded", "working hours")
    assert first[1] == "document"
    assert speaker(AUDIT % "did record", "working hours")[2] == first[2]
    assert speaker(AUDIT % "did find", "working hours")[2] == first[2]


ESTIMATE = LEAD + "According to %s, a logger in the region can earn 60,000 to 80,000 roubles a month."


def test_unnamed_estimates_are_the_pages_own() -> None:
    assert speaker(ESTIMATE % "various estimates", "a logger")[1] == "outlet"
    assert speaker(ESTIMATE % "some estimates", "a logger")[1] == "outlet"


def test_estimates_with_an_author_keep_their_source() -> None:
    assert speaker(ESTIMATE % "estimates by the Far East Labour Institute", "a logger")[1] not in ("outlet", None)
