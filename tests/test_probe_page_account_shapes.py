"""Sentences that tell what was done to workers, in the page's own voice, although a report verb stands in them:
workers who "were told by" their foreman that they owed money (the teller is no speaker; a listener who relays, the
auditors or "we", keeps the teller), a report verb in a clause of time or cause ("was threatened with deportation
after he complained that ..."), and a bullet's topic label before the real speaker ("- Documents: 12% said ...").
Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.told_listeners import workers_told
from probe_helpers import LEAD, speaker


@pytest.mark.parametrize("sentence,frag", [
    ('A group of seven facade workers in Perm were told by their foreman that they had to "work off" the cost of '
     'their permits.', "work off"),
    ("Three cooks were informed by the manager that their pay would be cut by half.", "pay would be cut"),
    ("The welders had been told by the company that their passports were kept for registration.", "passports were kept"),
])
def test_workers_told_by_someone_is_the_pages_account(sentence: str, frag: str) -> None:
    assert speaker(LEAD + sentence, frag)[1] in (None, "outlet")


@pytest.mark.parametrize("sentence,frag,teller", [
    ("The auditors were told by the manager that passports were kept for safekeeping.", "safekeeping", "the manager"),
    ("We were told by two drivers that the camp is locked at night.", "locked at night", "two drivers"),
])
def test_a_relaying_listener_keeps_the_teller(sentence: str, frag: str, teller: str) -> None:
    assert speaker(LEAD + sentence, frag)[0] == teller


def test_workers_told() -> None:
    assert workers_told("Nine loggers in Amur were told")
    assert not workers_told("The inspectors were told")
    assert not workers_told("The loggers said they left after they were paid")


@pytest.mark.parametrize("sentence,frag", [
    ('A Tajik welder, "Farrukh", was threatened with dismissal after he complained that he had been paid half the '
     'wage in his contract.', "threatened with dismissal"),
    ("A cook was beaten when she asked that her passport be returned.", "was beaten"),
])
def test_report_verb_in_a_clause_of_time_is_the_pages_account(sentence: str, frag: str) -> None:
    assert speaker(LEAD + sentence, frag)[1] in (None, "outlet")


def test_a_reporting_main_clause_keeps_its_speaker() -> None:
    text = LEAD + "Nodir Aliev said he was fined after he complained that his passport was kept in the office."
    assert speaker(text, "was fined")[0] == "Nodir Aliev"


BULLETS = """Line summary, April to June

What callers raised.
- Pay: 38% of callers said they had been paid less than agreed.
- Papers: 9% said an employer was holding their passport or migration card.
- Checks: after the police raids in May, many callers said they were afraid to leave their hostels.
"""


@pytest.mark.parametrize("frag,wording", [
    ("holding their passport", "9%"),
    ("afraid to leave", "many callers"),
])
def test_bullet_topic_label_is_no_speaker(frag: str, wording: str) -> None:
    got, kind, _ = speaker(BULLETS, frag)
    assert got == wording and kind == "anonymous_source"
