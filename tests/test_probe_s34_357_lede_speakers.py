"""Study 357: a lede's body that acted on a count of things, then a participle of speech ("X has detained 20 containers
..., saying ..."), after a wire dateline or not, is the speaker of what the participle reports; a name that reads as a
masthead's ("... Watch", "... Monitor") that the text calls a network or an alliance of people is an organisation.
A media network stays an outlet. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speakers, speaker_in
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("lede", [
    "PORTVALE, Oregon — The Border Agency has detained 20 containers of shirts at the Port of Portvale, saying the "
    "shirts may contain cotton picked with forced labour.",
    "The Border Agency has seized 1,200 cartons of gloves at the Port of Portvale, saying the gloves may have been made "
    "by workers whose passports were confiscated.",
])
def test_act_on_a_count_then_saying(lede: str) -> None:
    speakers = claim_speakers(lede + "\n\nWorkers said they were beaten.\n")
    assert speaker_in(speakers, "saying") == ("The Border Agency", "official")


@pytest.mark.parametrize(("wording", "kind"), [
    ("Greenfield Watch, a network of village monitors that has tracked the picking since 2015", "organization"),
    ("Greenfield Watch, an alliance of migrant groups", "organization"),
    ("Harbour Times, a media network", "outlet"),
])
def test_apposed_network(wording: str, kind: str) -> None:
    assert classify(wording) == kind
