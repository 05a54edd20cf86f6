"""Probes (s379): papers and debts read more precisely.

- a residence receipt (the paper an applicant for a residence permit carries while waiting) kept by someone else is a
  document retained, as a permit kept is;
- papers missing "on them" in a raid keep their reading (a near miss for the two rules above);
- a firm that "owes wages" to its crew withholds pay; it has lent nothing.

Texts written for these tests; the people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-02", "language": "en"}
LEAD = "Cleaners hired by Harlow Facilities complained that wages were late. "


def _indicators(sentence: str) -> set[str]:
    a = analyse(LEAD + sentence, META)
    c = next(c for c in a.claims if c.text.startswith(sentence[:20]))
    return {h.indicator for h in c.indicators}


def test_a_residence_receipt_kept_is_a_document_retained() -> None:
    assert "retention_of_identity_documents" in _indicators("The landlord holds her residence receipt, a cleaner said.")
    assert "retention_of_identity_documents" in _indicators("The landlord holds her residence permit, a cleaner said.")


def test_papers_missing_in_a_raid_keep_their_reading() -> None:
    found = _indicators("Police found 30 men carrying no papers at the yard, the inspectorate said.")
    assert "retention_of_identity_documents" in found


def test_a_firm_owing_wages_withholds_them() -> None:
    found = _indicators("Brightmoor Ltd reportedly owes wages to nine Moldovan welders.")
    assert found == {"withholding_of_wages"}


def test_a_worker_owing_the_recruiter_is_still_a_debt() -> None:
    assert "debt_bondage" in _indicators("A cleaner said she still owes her cousin 900 pounds for the flight.")
