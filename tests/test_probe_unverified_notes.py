"""Notes that the writer could not verify what came before ("has not yet been in a position to corroborate",
"had not been able to confirm them") mark the claim they follow as
unconfirmed. Mini-documents in our own wording; ordinary "not able to" claims stay plain."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import is_unconfirmed
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
_CONTEXT = "North Korean labourers were sent abroad under state contracts, and most of their wages went to Pyongyang. "


@pytest.mark.parametrize("note", [
    "The committee has not yet been in a position to corroborate this account.",
    "The researchers had not been able to confirm the figure.",
    "The inspectorate was not yet able to verify these reports.",
    "Investigators have so far not been able to verify the claim.",
    "The panel has not been able to independently corroborate the testimony.",
    "The account could not be independently checked.",
    "Reporters were unable to independently check the figures.",
    "These claims have not been substantiated.",
    "The newspaper was unable to substantiate the account.",
    "The testimony has not yet been independently checked.",
])
def test_note_marks_the_claim_before_it(note: str) -> None:
    text = f"Workers abroad\n\n{_CONTEXT}A former welder said the guards confiscated every passport. {note}\n"
    a = analyse(text, META)
    hit = [c for c in a.claims if "confiscated" in c.text]
    assert hit and hit[0].unconfirmed, [(c.text, c.unconfirmed) for c in a.claims]


@pytest.mark.parametrize("sentence", [
    "The workers were not able to leave the camp without a minder.",
    "Their families could not contact them for months.",
    "The men had not been able to send money home since May.",
    "Passports were not checked at the gate.",
    "Workers were unable to check their balances.",
    "Families could not check on them for months.",
    "Guards checked every bag twice a day.",
])
def test_plain_inability_is_not_a_note(sentence: str) -> None:
    assert not is_unconfirmed(sentence)

