"""A lawyer's blog introduces each client in apposition before reporting her: the "she" that follows is that client,
not the client of the case before. Every text is written for this test; people are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.client_intros import client_subject

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speakers_by_opening  # noqa: E402

BLOG = (
    "Notes from a housing and employment clinic\n\n"
    "The first case is Joy (not her real name), who cooked and cleaned for a banker's family in Zurich for three years. "
    "Joy told me her employer kept her passport in his study and paid her 300 francs a month.\n\n"
    "Our third client, a cook from Accra, was brought to Dublin by her employer in 2024. She says she worked from "
    "dawn until well past eleven and was never given a day off.\n"
)


def test_the_client_introduced_in_apposition_is_the_she_that_follows() -> None:
    got = speakers_by_opening(BLOG, width=24, meta={"published": "2026-02-02", "language": "en"})
    assert got["She says she worked from"][0] != got["Joy told me her employer"][0]
    assert got["She says she worked from"][1] == "anonymous_source"


def test_client_subject_shapes() -> None:
    assert client_subject("Our third client, a cook from Accra, was brought to Dublin.") is not None
    assert client_subject("My client said the family paid nothing.") is None
    assert client_subject("Our clinic, a free service, opens on Mondays.") is None
