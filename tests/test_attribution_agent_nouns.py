"""A person named by what they do ("The hauler said ...", '"...," the packer recalled.'): the speaker phrase,
its cue, and whether the words are a direct quotation. The sentences are our own."""
from __future__ import annotations

import pytest

from labourlens.analyse.attribution_shapes2 import agent_noun_mention


@pytest.mark.parametrize(("text", "wording", "direct"), [
    ('"We were never paid for the night shifts," the packer recalled.', "the packer", True),
    ('"Nobody could leave before the boat came back," the boatman said.', "the boatman", True),
    ("The hauler said the drivers slept in their cabs for weeks.", "The hauler", False),
    ("The welder in Dandong told us the gate was locked at night.", "The welder", False),
])
def test_agent_noun_speaker_and_quotation(text: str, wording: str, direct: bool) -> None:
    m = agent_noun_mention(text)
    assert m is not None
    assert (m.wording, m.direct) == (wording, direct)


@pytest.mark.parametrize("text", [
    "The minister said the plant was inspected twice.",  # an office, not a person by trade
    '"The wages were paid," the report said.',
])
def test_agent_noun_leaves_other_speakers(text: str) -> None:
    assert agent_noun_mention(text) is None
