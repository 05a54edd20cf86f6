"""Indicators of kinds of wording: what workers were told, then said by the writer to be false ("told the crew their
permits were sorted, which was not true"), is deception; a family's land mortgaged or gold pawned for the job is debt
bondage; a worker moved to night shift or given fewer hours for complaining is intimidation; the employer's truck or
boat as the only way out of a camp is restriction of movement. Every text is written for this test."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators as _inds


@pytest.mark.parametrize("text,want", [
    ("An agent in Suva had told the crew their work permits were sorted, which was not true.", "deception"),
    ("He paid the agent after his parents mortgaged their farmland near Ludhiana.", "debt_bondage"),
    ("Pickers who made complaints said they were given fewer shifts the following week.", "intimidation_and_threats"),
    ("There is no road, and the company truck is their only way out of the camp.", "restriction_of_movement"),
])
def test_kinds_of_wording(text: str, want: str) -> None:
    assert want in _inds(text), text


@pytest.mark.parametrize("text,unwanted", [
    ("He told us it was true, which was not a surprise.", "deception"),
    ("A single road is their only way out of the valley.", "restriction_of_movement"),
])
def test_not_these(text: str, unwanted: str) -> None:
    assert unwanted not in _inds(text), text
