"""Probes (s342): unchecked notes. "That is still unconfirmed" and "We saw no evidence either way" say that what
was reported is unchecked. Near misses (other sets' gold): a speaker's own doubt is a hedge, and allegations not yet
tested in court are no note; an official who "did not confirm or deny" an inquiry and a job board that
"does not verify employers" say nothing of the reports. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

_LEAD = "Pickers at a Wenatchee orchard say the foreman kept their passports and charged them fees.\n\n"


def _unverified(sentence: str) -> bool:
    analysis = analyse(_LEAD + sentence + "\n", {})
    return any(s.unconfirmed and sentence[:30] in s.text for s in analysis.sentences)


@pytest.mark.parametrize("sentence", [
    "That is still unconfirmed and our reporters are asking the orchard.",
    "We saw no evidence either way when we visited.",
])
def test_unchecked_notes(sentence: str) -> None:
    assert _unverified(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry did not confirm or deny that an inquiry was open.",
    "JobsNorth does not verify employers; read the pay guide before you accept a job.",
    "I do not know whether this is true; a cousin told me.",
    "None of the claims has yet been tested before a judge.",
])
def test_near_misses(sentence: str) -> None:
    assert not _unverified(sentence)
