"""Speaker kinds (probe study300): a firm named by its trade or crop without a company word ("Kalomo Copper Smelting",
"Maple Valley Citrus") is an organization, not a person; the head of a state body the text has named, given with its
title and "of the" body and a name in apposition, speaks for the state. Every text is written for this test; people,
firms and bodies are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify
from probe_helpers import speakers_by_opening

_FARMS = ("Farm workers near Musina said brokers kept their pay.\n\nMaple Valley Citrus said no "
          "passport was ever kept by its managers.\n\nRiverbend Tomatoes said the gates were locked \"for the workers' safety\".\n")


@pytest.mark.parametrize("text,opening", [
    ("Migrant workers at a copper plant near Ndola said their passports were taken.\n\n"
     "Kalomo Copper Smelting denied it had confined its crews after the night shift.\n", "Kalomo Copper Smelting denied"),
    (_FARMS, "Maple Valley Citrus said"),
    (_FARMS, "Riverbend Tomatoes said"),
])
def test_trade_named_firm_is_an_organization(text: str, opening: str) -> None:
    rows = speakers_by_opening(text, len(opening))
    assert rows[opening][1] == "organization"


@pytest.mark.parametrize("np", [
    "the Registrar of the Agency, Amaka Obi-Eze",
    "the Executive Secretary of the Inspectorate, Tunde Bello",
])
def test_title_of_a_named_state_body(np: str) -> None:
    assert classify(np) == "official"
    assert classify("the Director of the Company, Ana Ruiz") == "organization"  # a firm's head stays the firm
