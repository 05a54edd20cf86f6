"""A state named formally speaks as the state also when the phrase says on what occasion it spoke ("The Russian
Federation, in its reply of 3 May, said ..."): monitoring-panel and UN texts write replies so. Bodies whose name holds
a state word (a federation of unions, a firm called Kingdom) stay what they are. Phrases in our own wording."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize(("phrase", "kind"), [
    ("The Russian Federation, in its reply of 3 May", "official"),
    ("the Kingdom of Bahrain, in a note verbale", "official"),
    ("the Republic of Korea, in its response to the Panel", "official"),
    ("The Russian Federation", "official"),
    ("The Federation of Trade Unions, in its reply", "organization"),
    ("Kingdom Foods, in its reply", "organization"),
])
def test_a_formal_state_with_its_occasion_is_the_state(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_states_reply_in_a_panel_text_is_official() -> None:
    text = ("Panel Notes\n\nNorth Korean workers were seen at three building sites in Vladivostok, two Member States "
            "reported. The Russian Federation, in its reply of 3 May, said that no North Korean nationals held valid "
            "work permits in the region.\n")
    assert find_claim(claim_sources(text), "valid work permits")[0] == "official"
