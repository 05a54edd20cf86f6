"""Probes: medicine handed out is no withheld wage; wages a foreman pockets are. Texts written for these tests; every person and company is
fictional."""

from __future__ import annotations

from probe_helpers import indicators

WAGES = "withholding_of_wages"


def test_medicine_given_is_no_withheld_wage() -> None:
    assert WAGES not in indicators("The injured deckhands got a few painkillers from the Delmar medic, nothing more.")
    assert WAGES in indicators("At the Delmar cannery the foreman pockets most of the packers' wages, two of them said.")
