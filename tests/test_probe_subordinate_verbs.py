"""A verb of a subordinate clause is not the sentence's verb of saying (probe study297): in "They took our phones
after someone posted photos" the words before "posted" are no speaker phrase, so the sentence keeps its cue (phones
taken) and stays its poster's. A speaker before the subordinate clause still speaks ("The foreman said the men could
leave after he checked their rooms"). Every text is written for this test; names are fictional."""

from __future__ import annotations

from tests.probe_helpers import claim_rows

from labourlens.analyse import mentions


def test_subordinate_subject_is_no_speaker() -> None:
    assert mentions.find_mention("The boss locked our radios away after someone filmed the gate.") is None
    assert mentions.find_mention("Update: they collected our radios after somebody posted a video.") is None
    m = mentions.find_mention("The foreman said the men could leave after he checked their rooms.")
    assert m is not None and m.wording == "The foreman"


THREAD = """Migrant Voices Digest
Threads translated from a Romanian workers' forum

Harvest camps in Lincolnshire: a thread from the forum Muncitori Acasa, 2 to 4 June 2025. Usernames unchanged.

dune_runner (2 June, 21:05)
The gangmaster still has my passport. We work 13 hours a day in the fields.

dune_runner (4 June, 08:12)
Update: they collected our mobiles after somebody filmed the caravans.
"""


def test_post_keeps_its_cue_and_poster() -> None:
    row = next(r for r in claim_rows(THREAD) if "collected our mobiles" in r[0])
    assert row[2:] == ("dune_runner", "named_person")
