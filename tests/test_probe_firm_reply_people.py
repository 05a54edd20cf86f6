"""A firm's person named with a role that runs one part of the firm (its administration, public relations or
communications manager) speaks for the firm (``organization``); and a firm's named person who "sent us an email" or "a
written reply" is the "She said ..." of the next sentence, not a guest heard before (probe study300). Every text is
written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import speakers_by_opening


@pytest.mark.parametrize("np", [
    "The bakery's administration manager, Ana Lee",
    "Its public relations manager, Tomas Ek",
    "The tannery's communications manager, Ruth Adeyemi",
])
def test_manager_of_a_part_of_the_firm(np: str) -> None:
    assert classify(np) == "organization"


_SHOW = """LOOM AND LEDGER: a podcast on factory work
Episode 12

[00:10] HOST: Welcome. My guest is Rutendo Moyo, an organiser with a textile union.

[01:05] MOYO: Workers at the Kiboko Garments plant tell me their pay is cut for every minute late, and the gates are locked during shifts.

[04:20] HOST: We asked Kiboko Garments about this. Its communications manager, Lin Hao, sent us an email. She said the firm "pays every worker on time". She added that "no gate is shut while a shift is working".
"""


def test_pronoun_after_a_reply_sent_by_a_named_person() -> None:
    rows = speakers_by_opening(_SHOW, 20)
    wording, kind = rows['She said the firm "p']
    assert "Lin Hao" in (wording or "") and kind == "organization"
