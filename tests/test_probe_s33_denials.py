"""Study 349: denials in a finding of none in the perfect ("has not found evidence that ...") and a witness who never saw
or heard the abuse; an affirming "never seen a worker beaten like
that" and a search that only took long stay affirmed. Every text is written for this test; people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import denial_cue


@pytest.mark.parametrize(
    "text",
    [
        "Her audit team has not found evidence that the cooks were locked up.",
        "The labour office has not found evidence that the drivers were beaten.",
        "We never heard a brigade leader raise his voice.",
        "The welder said he has not seen the foreman hit a worker.",
    ],
)
def test_denials(text: str) -> None:
    assert denial_cue(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I had never seen a worker beaten like that before.",
        "The rescuers had not found the cooks until dawn.",
        "I have never seen a foreman so angry.",
    ],
)
def test_not_denials(text: str) -> None:
    assert denial_cue(text) is None
