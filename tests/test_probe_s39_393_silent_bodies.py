"""Probes (session 39, from heldout393's speaker misses): a body that the sentence before says did not reply ("The
Harbour Trust did not reply to our letters. In a press statement in 2024, it said ...") is the "it" whose earlier
words follow, not a document or a group met before. A near miss: a person who speaks in a sworn declaration ("Ana
Ruiz said in a sworn declaration that ...") stays a person. Texts written for these tests;
every name is fictional."""

from __future__ import annotations

from probe_helpers import speakers_by_claim

_SILENT = """Workers at a fish plant in Hull said their passports were taken by the agency.

A labour inspector's report says the plant "took on 40 agency workers in one week" and "sent their pay to the agency, which passed on half."

The Harbour Trust did not reply to our letters. In a press statement in 2024, it said that its staff "may leave their jobs whenever they wish."
"""



_speakers = speakers_by_claim


def test_it_after_a_body_that_did_not_reply_is_that_body() -> None:
    speakers = _speakers(_SILENT)
    leave = speakers[next(k for k in speakers if "whenever they wish" in k)]
    assert leave == ("The Harbour Trust", "organization")


def test_a_person_who_declares_stays_a_person() -> None:
    speakers = _speakers("Workers at a fish plant in Hull said their passports were taken by the agency.\n\n"
                         "Ana Ruiz, a former packer, said in a sworn declaration that the agency kept her wages.\n")
    wages = speakers[next(k for k in speakers if "kept her wages" in k)]
    assert wages[1] == "named_person"
