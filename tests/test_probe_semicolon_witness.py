"""The clause after a semicolon brings its own speaker when the sentence has none before it ("Wages were promised
orally; the court established that the workers were paid 5,000 rubles"), and "questioned as a witness" is the
speaker's role, not a second speaker. Every text is written for this test; people and firms are fictional
(places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize("sentence,wording", [
    ("Wages of 30,000 rubles a month were promised orally through a broker in Osh; the court established that the "
     "workers were paid between 4,000 and 6,000 rubles a month and that the rest was never paid.", "the court"),
    ("The men were housed in a hangar; the labour inspectorate said the hangar had no heating.",
     "the labour inspectorate"),
    ("The men were paid late; some were never paid at all.", None),  # no speaker in either clause
    ("The ministry said the men were paid late; they were never paid in full.", "The ministry"),  # the first speaks
])
def test_after_semicolon(sentence: str, wording: str | None) -> None:
    m = find_mention(sentence)
    assert (m.wording if m else None) == wording


@pytest.mark.parametrize("sentence,wording", [
    ("A neighbouring farmer, questioned as a witness, said he had seen the workers driven to the fields in a van.",
     "A neighbouring farmer, questioned as a witness"),
    ("A driver, interviewed as a witness, said the gates were locked every night.",
     "A driver, interviewed as a witness"),
])
def test_questioned_as_a_witness(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording
