"""Probes (s338): notes that a report could not be checked, worded as nobody else bearing it out ("None of the other
cutters we met could corroborate it"), as a poster's "not confirmed" tacked on after a comma or "but", and as an outlet
that had not itself seen the papers it reports. Near misses: workers who could not confirm they were paid, and workers
who had not seen their own contracts, are claims about the work, not notes on the reporting. Texts written for these
tests; the people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges


@pytest.mark.parametrize("text", [
    "None of the other cutters we met could corroborate it.",
    "No other family at the kiln was able to confirm her account.",
    "[10:41] Ravi: they say the mill stopped paying the weekly advance in March, but not confirmed yet",
    "The group said the owner held the families' ration cards, although it had not examined the records itself.",
])
def test_unverified_note(text: str) -> None:
    assert hedges.is_unconfirmed(text)


@pytest.mark.parametrize("text", [
    "No worker at the mill could confirm receiving any wages since March.",
    "The workers had not seen their contracts before they boarded the bus.",
    "The order was placed in May, but not confirmed by the mill until June.",
])
def test_claims_about_the_work_are_not_notes(text: str) -> None:
    assert not hedges.is_unconfirmed(text)
