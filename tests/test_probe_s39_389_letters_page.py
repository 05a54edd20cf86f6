"""Probes (session 39, from heldout389's speaker misses): a letters page of several letters, each under its own title
and signed under its last paragraph ("Meena Karki, Pokhara"; "Tara Gurung, Secretary, Valley Placement Agencies'
Forum, Kathmandu"), gives each letter to its own signer, not only the first; and a letter's sentence that sets a
document against what happened ("The agent charged us 200,000 rupees, though the notice in your Sunday edition said ...") is
the writer's, not the document's. Near misses: a letter's sentence naming its own speaker keeps it, and the paper's
footer stays the paper's. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

_PAGE = """THE VALLEY MIRROR
Letters to the Editor | 4 May 2026

No job, no refund

Sir, my daughter went to Doha last year to work in a hotel. Her employer took her passport on the first day and she has received no pay for four months. The agent charged us 200,000 rupees, though the notice in your Sunday edition said "no fees at all". A ward officer told me the agent had cheated twelve other families and kept their passports. I ask the ministry to act.

Meena Karki, Pokhara

Agents are not to blame

Sir, your report last week blamed every agency. Our forum's 300 members never keep workers' passports, and we do not charge above the fee the law allows. We expel any member found cheating a worker.

Tara Gurung, Secretary, Valley Placement Agencies' Forum, Kathmandu

Letters are edited for space.
"""


_speakers = speakers_by_claim


_find = speaker_of


def test_each_letter_is_its_signers() -> None:
    speakers = _speakers(_PAGE)
    assert _find(speakers, "took her passport")[0] == "Meena Karki"
    assert _find(speakers, "never keep workers' passports") == ("Tara Gurung", "named_person")


def test_a_document_set_against_the_facts_is_not_the_speaker_in_a_letter() -> None:
    speakers = _speakers(_PAGE)
    assert _find(speakers, "200,000 rupees")[0] == "Meena Karki"


def test_a_named_speaker_inside_a_letter_keeps_the_sentence() -> None:
    speakers = _speakers(_PAGE)
    assert _find(speakers, "cheated twelve other families")[0] != "Tara Gurung"
