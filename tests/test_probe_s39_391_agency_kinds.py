"""Probe (s391): "the agency" in a report on workers hired through temporary work agencies is such an agency, a firm
(``organization``), even when "another agency" or "the same agency" came between; an agency first met as a state's
keeps the state's reading. Texts written for this test; bodies and people are fictional."""

from __future__ import annotations

from probe_helpers import speaker

META = {"published": "2026-10-01", "language": "en"}
TEMP = """Our advice centre saw 30 migrant workers at poultry plants this quarter, most of them hired through temporary
work agencies.

Case 2. His room was found for him by the same agency, which also employed him. When he moved to another agency the deposit
was kept. The agency told us the deposit was kept lawfully and that no worker was threatened.
"""
STATE = """Migrant workers at the Lindholm plant described their conditions.

A government agency inspected the plant in May. The agency told us that eleven workers had no written contracts.
"""


def test_agency_after_temporary_work_agencies_is_a_firm() -> None:
    assert speaker(TEMP, "deposit was kept lawfully", META)[1] == "organization"


def test_state_agency_stays_official() -> None:
    assert speaker(STATE, "eleven workers had no written", META)[1] == "official"
