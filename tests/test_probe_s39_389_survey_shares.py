"""Probes (session 39, from heldout389's speaker misses and false claims): a factsheet on its own survey ("Findings of
the 2024 picker survey") gives its findings bullet by bullet, each under a one- or two-word topic ("- Wages. 30
percent said ..."). A bare share ("30 percent said", "Four percent reported") and one respondent in so many ("One
respondent in four said") are parts of the sample: the page's findings, not unnamed people; the topic word before
them is a label, not a claim. Near misses: a share on a page that reports no survey of its own keeps its group, and a
bullet that is a whole sentence stays a claim. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_claim

_FACTSHEET = """RIVERSIDE LABOUR DATA
BRIEF 9 | Warehouse pickers in Selangor: findings of the 2024 picker survey

Key findings

- Passports. 30 percent said a manager kept their passports and refused to give them back.

- Wages. One respondent in four said wages had been held back for over two months.

- Threats. Four percent reported threats of deportation by a supervisor.

- Employers held the passports of most agency workers we met.
"""

_NEWS = """The Valley Post

Pickers report kept passports

SHAH ALAM, May 4 - Pickers at two warehouses in Selangor say their employers keep their passports. A union questioned 200 of them last month; 30 percent said a manager kept their passports and refused to give them back. The warehouses did not reply.
"""


_claims = speakers_by_claim


def test_bare_shares_of_the_pages_own_survey_are_its_findings() -> None:
    claims = _claims(_FACTSHEET)
    for words in ("30 percent said", "One respondent in four", "Four percent reported"):
        speaker = claims[next(k for k in claims if words in k)]
        assert speaker[1] != "anonymous_source", (words, speaker)


def test_a_bullets_topic_word_is_no_claim() -> None:
    claims = _claims(_FACTSHEET)
    assert not any(k.strip(" -.") in ("Passports", "Wages", "Threats") for k in claims)
    assert any("Employers held the passports" in k for k in claims)


def test_a_share_on_a_page_without_its_own_survey_is_not_the_pages() -> None:
    claims = _claims(_NEWS)
    speaker = claims[next(k for k in claims if "30 percent said" in k)]
    assert speaker[1] != "outlet"
