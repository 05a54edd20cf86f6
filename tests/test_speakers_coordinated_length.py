"""Two speakers joined by "and" after an inverted "say" ("..., say residents of this river town and a former
driver at one of the kilns") are read as the speakers even when together they run past the length one speaker
phrase may have; a long phrase that is not two people joined so still is no speaker. Places are real, the rest
is invented for the tests."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.speaker_kinds import too_long


@pytest.mark.parametrize("speakers", [
    "residents of this river town and a former driver at one of the kilns",
    "three traders at the border market and a retired teacher from the nearby village",
])
def test_two_coordinated_speakers_after_say(speakers: str) -> None:
    text = (f"DANDONG, China (AP) \u2014 The women arrive in buses with curtained windows, work the kilns in 12-hour "
            f"shifts and sleep in a locked shed, say {speakers}.")
    src = speakers_of(text)[0][1]
    assert src is not None and src.wording is not None
    assert src.wording.startswith(speakers.split(" and ")[0])
    assert "curtained" not in src.wording


@pytest.mark.parametrize(("phrase", "expected"), [
    ("residents of this border city and a former manager at one of the plants", False),
    ("a former manager at one of the plants", False),
    ("the women who arrive in buses with curtained windows every morning at the plant gate", True),
    ("residents of the town and a former manager at one of the two big seafood plants on the river bank", True),
    ("All 54 employees present held valid residence and work permits issued in Malta", True),
])
def test_too_long(phrase: str, expected: bool) -> None:
    assert too_long(phrase, 12) is expected
