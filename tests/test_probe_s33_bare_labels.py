"""Study 349: a quotation after a short description and a colon, with no verb ("2/ The first welder: "..."", "A
foreman: "...""), is the described person's; a heading word before a colon ("Update:") names no one. Every text is
written for this test; people and places are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import pipeline

_BASE = ("Harbour Talk\n\n1/ Two readers who work at the Nakhodka yard as welders wrote to us about the North Korean "
         "crew.\n\n")


def _last_speaker(line: str) -> str | None:
    r = pipeline.analyse(_BASE + line)
    src = {s.key: s.wording for s in r.sources}
    return src.get(r.claims[-1].source)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('2/ The first welder: "The Koreans work until midnight every day. Their boss keeps their passports."',
         "The first welder"),
        ('A crane driver: "The Koreans work until midnight every day."', "A crane driver"),
    ],
)
def test_label_speaks(line: str, speaker: str) -> None:
    assert _last_speaker(line) == speaker


def test_heading_word_is_no_speaker() -> None:
    assert _last_speaker('Update: "The Koreans work until midnight every day."') != "Update"
