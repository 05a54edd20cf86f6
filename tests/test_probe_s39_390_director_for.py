"""Probes (session 39, from heldout390's speaker kinds): a person named with a post "director for" a field of a
ministry's work ("Ana Lopez, director for the welfare of Chilean nationals at the labour ministry") speaks for the
state (``official``), as "director of consular affairs at the labour ministry" already did; a field with a
capitalised word no longer hides the ministry. Near misses: a director at a firm speaks for the firm
(``organization``), and a director for sales at a firm keeps its kind. Texts written for these tests; every name is
fictional."""

from __future__ import annotations

from labourlens.analyse.speakers import classify


def test_a_director_for_a_field_at_a_ministry_is_official() -> None:
    assert classify("Ana Lopez, director for the welfare of Chilean nationals at the labour ministry") == "official"
    assert classify("Ana Lopez, director for the welfare of nationals abroad at the labour ministry") == "official"
    assert classify("Ana Lopez, director of consular affairs at the labour ministry") == "official"


def test_a_director_at_a_firm_keeps_its_kind() -> None:
    assert classify("Ana Lopez, director for Asia at Acme Staffing Ltd") == "organization"
    assert classify("Tom Reyes, director for sales at Bluecrest") == "named_person"
