"""Probes (session 40, from heldout399's claim false positives): a podcast's episode line ("Episode 12: ...") and a
newsletter's list of what the issue holds ("This week: the port, a sawmill and new figures.") are page lines, no
claims. Near misses: a sentence that opens on an episode's number and tells something, and a "This week:" line that
reports what someone said, stay body text. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.sentences import line_kind


def test_an_episode_line_is_a_page_line() -> None:
    assert line_kind('Episode 12: "Nets in the dark"') == "meta"
    assert line_kind("Ep. 7 - The long season") == "meta"


def test_an_issue_contents_line_is_a_page_line() -> None:
    assert line_kind("This week: the east pier, a sawmill in Kemi, and new figures from the ministry.") == "meta"
    assert line_kind("In this issue: pay, passports and the pier") == "meta"


def test_sentences_that_tell_something_stay_body() -> None:
    assert line_kind("Episode 12 was recorded in a fishing camp where crews said they were beaten.") is None
    assert line_kind("This week: crews on the east pier said they were beaten, and the firm denied it.") is None
