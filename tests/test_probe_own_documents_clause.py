"""Probes: an inspection's clean finding that names a problem it did not find and then the crews' own documents ("no
unpaid wages on eight of the boats, and the crews kept their own passports") tells of no retention: the negation is
the first clause's. A negation of the holding itself still counts. Sentences written for these tests; the boats and
people are fictional."""

from __future__ import annotations

from probe_helpers import lexicon_indicators

DOCS = "retention_of_identity_documents"


def test_a_clean_finding_then_crews_with_their_own_papers_is_no_retention() -> None:
    assert DOCS not in lexicon_indicators("On eight of the boats the inspectors saw no unpaid wages and the crews kept "
                                          "their own passports.")


def test_crews_who_do_not_hold_their_own_papers_still_count() -> None:
    assert DOCS in lexicon_indicators("The inspectors said the crews on the Sea Lark did not hold their own passports.")
