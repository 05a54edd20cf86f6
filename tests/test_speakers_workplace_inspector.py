"""An inspector employed by the workplace ("a quality inspector at the cannery") is a worker, not the
state: without a name an anonymous source; state inspectors keep the kind `official` (phrases written
for these tests)."""

from __future__ import annotations

import pytest

from attribution_helpers import who
from labourlens.analyse.speaker_roles import workplace_inspector
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "a Latvian quality inspector at the cannery",
    "a quality-control inspector",
    "a QC inspector on the night shift",
    "an inspector at the tuna factory",
    "a line inspector",
    "an inspector with the shipyard",
])
def test_a_workplace_inspector_is_an_anonymous_source(phrase: str) -> None:
    assert workplace_inspector(phrase)
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", [
    "a labour inspector",
    "a labour inspector at the cannery",  # the state's inspector visiting a workplace
    "an inspector with the State Labour Inspectorate",
    "a migration inspector at the port",
    "a regional inspector",
    "an inspector at the port of Klaipeda",
])
def test_a_state_inspector_is_official(phrase: str) -> None:
    assert not workplace_inspector(phrase)
    assert classify(phrase) == "official"


def test_a_named_state_inspector_stays_official() -> None:
    assert classify("inspector Laila Berzina") == "official"


def test_the_workplace_inspector_keeps_its_kind_when_referred_to_again() -> None:
    text = ("A quality inspector at the cannery said the crews worked fourteen hours a day. "
            "The inspector said their pay was held by the agency until the season ended.")
    first, again = who(text, "fourteen hours"), who(text, "held by the agency")
    assert first is not None and again is not None
    assert first.kind == "anonymous_source" and again.key == first.key
