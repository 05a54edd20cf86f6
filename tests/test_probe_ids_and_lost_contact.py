"""Probes: national IDs and voter cards taken as identity documents are ("their national IDs were collected on
arrival"); a migrant's family who lost her for months without a kin word near the verb ("Families of two women ...
told the Courier they had not heard from them in five months") is isolation; a reporter who could not reach
someone for comment, and IDs shown at a gate or given back, are not. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import indicators


def test_national_ids_collected() -> None:
    assert "retention_of_identity_documents" in indicators(
        "Nine of the men said their national IDs were collected on arrival by a local contractor.")
    assert "retention_of_identity_documents" in indicators("Their voter cards were taken by the foreman on the first day.")


def test_national_ids_returned_are_no_retention() -> None:
    assert "retention_of_identity_documents" not in indicators("The workers said their national IDs were returned the same day.")


def test_family_lost_contact_for_months() -> None:
    assert "isolation" in indicators("Families of two women from Busia who travelled last year told the Courier they had "
                                     "not heard from them in five months.")
    assert "isolation" in indicators("The family of a woman who went to work as a maid in Doha say they have not been able "
                                     "to reach her since April.")


def test_reporter_who_could_not_reach_someone() -> None:
    assert "isolation" not in indicators("The Courier has not been able to reach him since Monday for comment.")
    assert "isolation" not in indicators("The workers said they had not heard from the agency in months.")
