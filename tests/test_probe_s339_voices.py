"""Probes (s339): in a worker's interview answer, a boss's words addressed to the worker ("the foreman said there were
plenty waiting for your bed") are the worker's account; the page's own doings ("We will report on the hearing", "We
will correct the headline", "We are publishing a summary of what it found", "We asked the supplier about both
points") are no claims. Near misses: a question to workers that they answered, coverage of the people themselves.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.interviewees import told_the_witness
from labourlens.analyse.own_doings import own_doing
from labourlens.analyse.speakers import Mention


def _mention(text: str, wording: str) -> Mention:
    start = text.index(wording)
    return Mention(wording, start, start + len(wording), "said", True)


def test_a_bosss_words_to_the_worker_are_the_workers_account() -> None:
    text = "When I asked for a day off, the foreman said there were plenty of people waiting for your bed."
    assert told_the_witness(_mention(text, "the foreman"), text)
    other = "The foreman said the harvest would end in May."
    assert not told_the_witness(_mention(other, "The foreman"), other)


def test_the_pages_own_doings() -> None:
    assert own_doing("We will report on the hearing.")
    assert own_doing("We will correct the headline.")
    assert own_doing("We are publishing a summary of what it found.")
    assert own_doing("We asked Dalvik Foods about both points before the audit.")
    assert not own_doing("We asked the pickers about their pay and they said they got nothing.")
    assert not own_doing("We will report on the men who were beaten.")
