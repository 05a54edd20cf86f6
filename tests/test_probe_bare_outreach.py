"""A report's bare note of whom it wrote to (probe study300): "We wrote to the nine hotels and two agencies." is the
outreach before the replies, no claim; a note that goes on to what they did ("..., which denied it") is read as
before. Examples are written for this test."""

from __future__ import annotations

from labourlens.analyse.host_talk import outreach


def test_bare_outreach_note() -> None:
    assert outreach("We wrote to the nine hotels and two agencies named in this report.")
    assert outreach("We also contacted all six labour hire firms.")
    assert not outreach("We wrote to the farms, which denied it.")
