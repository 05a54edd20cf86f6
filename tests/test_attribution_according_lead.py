"""An account opened with "According to X," goes on in the next sentence of its paragraph; "revealed
to <outlet> that" names its speaker; a count or tally is a document (texts written for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify


def test_the_sentence_after_an_according_to_lead_continues_the_account() -> None:
    text = ("Dock workers in Klaipeda have not been paid since March, a local union said.\n\n"
            "According to the driver, the crew's passports were locked in the agent's office. "
            "The men may phone home once a month, from the agent's own phone.\n\n"
            "The port authority did not reply to questions.")
    lead, after = who(text, "passports were locked"), who(text, "phone home")
    assert lead is not None and after is not None and after.key == lead.key


def test_the_account_stops_at_the_paragraph_end() -> None:
    text = ("According to the driver, the crew's passports were locked in the agent's office.\n\n"
            "The men may phone home once a month.")
    assert who(text, "phone home") is None


def test_an_according_to_lead_with_the_outlet_itself_does_not_carry_on() -> None:
    text = ("According to the Baltic Courier, the crews arrived in May. The men slept on the ships.")
    src = who(text, "slept on the ships", outlet="Baltic Courier")
    assert src is None or src.kind == "outlet"


def test_a_sentence_that_names_its_own_speaker_is_not_taken_over() -> None:
    text = ("According to the driver, the crew's passports were locked away. "
            "A cook said the men ate once a day.")
    lead, cook = who(text, "passports"), who(text, "ate once a day")
    assert lead is not None and cook is not None and cook.key != lead.key


@pytest.mark.parametrize("sentence, speaker", [
    ("Well-placed sources revealed to the Gulf Courier that forty masons had not been paid.", "Well-placed sources"),
    ("A site foreman disclosed to this newspaper that the men slept in containers.", "A site foreman"),
    ("One of the cooks confided to our reporter that meals were cut.", "One of the cooks"),
])
def test_revealed_to_an_audience(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker


@pytest.mark.parametrize("phrase", [
    "a 2021 count by the port authority", "a tally by the district labour office", "the latest headcount",
])
def test_a_count_is_a_document(phrase: str) -> None:
    assert classify(phrase) == "document"
    m = find_mention(f"According to {phrase}, about 300 foreign crew worked in the port.")
    assert m is not None and m.wording == phrase


def test_a_count_as_a_verb_is_no_speaker() -> None:
    assert find_mention("The workers count the days until they go home.") is None
