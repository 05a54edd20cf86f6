"""A relay with an aside between its subject and its verb ("The Telegram channel Kama Live, which first published
the photographs, wrote, citing the workers' colleagues, that ..."): the one cited speaks, as in "X reported, citing
Y, that". Without a citation the channel speaks. Every text is written for this test; channels, people and firms are
fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import LEAD, speaker


@pytest.mark.parametrize("verb", ["wrote", "reported", "posted on Sunday"])
def test_cited_after_an_aside_speaks(verb: str) -> None:
    text = LEAD + (f"The Telegram channel Kama Live, which first published photographs of the injured men, {verb}, "
                   "citing the workers' colleagues, that the guards had threatened to beat anyone who asked for money.")
    assert speaker(text, "threatened to beat")[:2] == ("the workers' colleagues", "anonymous_source")


def test_without_a_citation_the_channel_speaks() -> None:
    text = LEAD + ("The Telegram channel Kama Live, which first published photographs of the injured men, wrote that "
                   "the guards had threatened to beat anyone who asked for money.")
    assert speaker(text, "threatened to beat")[1] == "outlet"
