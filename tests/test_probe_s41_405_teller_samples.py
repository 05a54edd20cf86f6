"""Probes (session 41, from heldout405's speaker misses): a witness who tells of her own group's sample in her turn
("This spring our volunteers interviewed 200 clerks in three towns. Thirty of them said ...") gives its tallies
herself: "Thirty of them said" is hers, not a group of thirty speaking. Near misses: a page's own sample ("our
researchers interviewed 31 men", told by the page) keeps the page's voice. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from probe_helpers import speaker

_HEARING = """Standing Committee on Trade, public hearing, 3 March 2026 (uncorrected record)

The Chair: Our first witness today is Ms Lena Varga of the Danube Rights Monitor.

Ms Varga (Danube Rights Monitor): Thank you, Chair. This spring our volunteers interviewed 200 clerks in three towns. Thirty of them said their director had kept their passports until the harvest was over. Several said they were not paid for the weeks they picked.
"""

_REPORT = """Danube Rights Monitor, 3 March 2026

Public-sector workers in the Danube valley are still sent to pick grapes each autumn. This spring our researchers interviewed 200 clerks in three towns. Thirty of them said their director had kept their passports until the harvest was over. Several said they were not paid for the weeks they picked.
"""


def test_a_witness_gives_her_groups_tallies() -> None:
    assert speaker(_HEARING, "Thirty of them said")[1] == "named_person"
    assert "Varga" in (speaker(_HEARING, "Thirty of them said")[0] or "")


def test_a_pages_own_sample_stays_with_the_page() -> None:
    assert speaker(_REPORT, "Thirty of them said")[0] != "Ms Varga"
