"""Probes (gaps42: gaps left by earlier studies). A firm's reply printed under a heading that names it ("Reply from
<firm>, <date>") with its statement in quotation marks and no letter around it speaks as the firm; a chat export's
sender whose display name is a given name and a bare initial is a person; an overseer kept at a worker's side while
the worker calls home, or overseers who sit in on interviews, are isolation; phones locked away or "kept for safety"
are isolation; minders, cadres or security men sent with each group of workers are
restriction of movement. Texts written for these tests; all names are invented."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators, speaker

LETTER = """Open letter to Brightwell Apparel

Workers at the Tanvale knitting plant near Gazipur told us their passports were taken by the managers on arrival.
They said they were locked in the hostel at night.

We ask Brightwell to investigate.

Signed by the Garment Families Network

Reply from Brightwell Apparel{date}

"Brightwell takes these reports seriously. Our supplier has confirmed that no passports are held at the plant. An
audit in 2025 found no evidence of forced labour."
"""


@pytest.mark.parametrize("date", ["", ", 3 March 2026"])
def test_a_reply_heading_gives_the_quoted_statement_to_the_firm(date: str) -> None:
    wording, kind, _ = speaker(LETTER.format(date=date), "no passports are held")
    assert (wording, kind) == ("Brightwell Apparel", "organization")


def test_a_board_reply_under_a_handle_is_no_firm() -> None:
    text = LETTER.format(date="").replace("Reply from Brightwell Apparel", "Reply from kite_walker")
    wording, kind, _ = speaker(text, "no passports are held")
    assert kind != "organization"


CHAT = """Below is an extract from a chat group of cleaners working in Dubai, shared with us by a member.

[02/03/26, 20:01] Nana P: The madam took my passport when I arrived and she says I cannot have it back.
[02/03/26, 20:05] Joy Kumasi: Same here. They have not paid me for four months.
[02/03/26, 20:07] Nana P: I work from 5am to midnight every day.
"""


def test_a_chat_sender_named_with_a_bare_initial_is_a_person() -> None:
    assert speaker(CHAT, "I work from 5am")[:2] == ("Nana P", "named_person")
    assert speaker(CHAT, "The madam took my passport")[:2] == ("Nana P", "named_person")


@pytest.mark.parametrize("sentence", [
    "When he calls his sister, a guard stands next to him the whole time.",
    "We could phone home only on Sundays, with the supervisor sitting beside us.",
    "Two officials from the labour bureau sat in on every interview with the pickers.",
    "The foreman locks their phones away in a tin each evening.",
    "Their phones were \"kept for safety\" by the skipper for the whole trip.",
    "His phone had been taken in the first week.",
])
def test_overseers_at_the_side_and_phones_locked_away_are_isolation(sentence: str) -> None:
    assert "isolation" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "I signed the paper because the recruiter was standing behind me.",
    "He locked my phone with a new password.",
])
def test_near_misses_are_no_isolation(sentence: str) -> None:
    assert "isolation" not in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Security officers accompany every brigade of loggers sent to the taiga.",
    "Political officers travel with each crew and file reports on the men.",
])
def test_overseers_sent_with_the_workers_restrict_movement(sentence: str) -> None:
    assert "restriction_of_movement" in lexicon_indicators(sentence)

