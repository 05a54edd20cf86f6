"""Accounts someone gathered ("According to accounts gathered by Volkova's team, ...", "according to testimony
collected by the Harbour Women's Network"): the gatherer speaks; a researcher's team named by the researcher is a
body (``organization``). Accounts gathered by nobody named stay as they were. Every text is written for this test;
people and groups are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import LEAD, speaker


@pytest.mark.parametrize("sentence,wording,kind", [
    ("According to accounts gathered by Volkova's team, a logger's wage of 50,000 rubles a month goes first to the "
     "brigade's accounts.", "Volkova's team", "organization"),
    ("According to testimony collected by the Harbour Women's Network, the women were beaten by their managers.",
     "the Harbour Women's Network", "organization"),
])
def test_the_gatherer_speaks(sentence: str, wording: str, kind: str) -> None:
    text = LEAD + "A researcher at the Amur Labour Centre, Dr. Irina Volkova, studies the camps.\n\n" + sentence
    frag = sentence.split(", ")[1][:20]
    assert speaker(text, frag)[:2] == (wording, kind)


@pytest.mark.parametrize("phrase,kind", [
    ("Volkova's team", "organization"), ("Dr. Irina Volkova's research team", "organization"),
])
def test_researcher_team(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_accounts_gathered_by_nobody_named_keep_their_speaker() -> None:
    text = LEAD + "According to accounts gathered over two years, the loggers were paid a fraction of their wage."
    assert speaker(text, "paid a fraction")[1] != "organization"


@pytest.mark.parametrize("sentence", [
    "According to testimonies gathered by a civil society organization, the women were beaten by their managers.",
    "According to records obtained by the Kama Herald, the women were beaten by their managers.",
])
def test_unnamed_gatherer_or_obtained_records_stay_the_document(sentence: str) -> None:
    assert speaker(LEAD + sentence, "the women were beaten")[1] == "document"
