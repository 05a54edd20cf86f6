"""Jalal-Abad, a Kyrgyz regional capital missing from the GeoNames extract the gazetteer is built from, is a city of
Kyrgyzstan (diag89), not the Afghan Jalalabad; "the Jalal-Abad region" stays the region. Texts written for this test."""

from __future__ import annotations

from labourlens.analyse import places


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.country, p.level) for p in places.find(text)]


def test_the_city() -> None:
    assert ("Jalal-Abad", "KG", "city") in _found("The recruiter had an office in Jalal-Abad, near the bus station.")


def test_the_region_and_the_afghan_city() -> None:
    assert ("Jalal-Abad Region", "KG", "admin1") in _found("She comes from a village in the Jalal-Abad region.")
    assert all(c != "KG" for _, c, _ in _found("The convoy reached Jalalabad in eastern Afghanistan."))
