"""A Spanish firm's name that opens with a word of its trade ("Agropecuaria", "Exportadora") or with two words
("Central Azucarera") is an organisation's, never a person's, so that "the company" later in the report is the same
source (probe 313). Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.romance_bodies import romance_body_kind
from probe_helpers import speaker


@pytest.mark.parametrize("name", ["Central Azucarera del Norte", "Agropecuaria Santa Fe", "Exportadora Los Andes"])
def test_firm_head_is_an_organisation(name: str) -> None:
    assert romance_body_kind(name) == "organization"


def test_company_backref_to_a_spanish_firm() -> None:
    text = ("Cane cutters on a sugar estate near Higüey say their identity papers were taken "
            "and that they are paid less than the weight they cut.\n\n"
            "\"They took my passport the day I arrived,\" said one cutter, speaking on condition of anonymity.\n\n"
            "Central Azucarera del Norte denied the claims in a letter sent to reporters. \"We check every scale "
            "each season, and nobody on our staff keeps a cutter's papers,\" the company said.")
    wording, kind, key = speaker(text, "keeps a cutter")
    first = speaker(text, "denied the claims")
    assert kind == "organization"
    assert key == first[2]
