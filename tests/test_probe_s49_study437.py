"""Probes for the study of heldout437 (forty-ninth session): mining quarters and washing sites of the Copperbelt and
the jade and rare-earth tracts of Kachin State as places, a broker's word on what the work was, guards who fire on
the diggers, no signal where the workers are, electoral cards held by a clerk, what follows a refusal, women harassed
by the men who run a site, and children not seen at a visit. People, firms and outlets are invented; places are
real."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import META, indicators, polarity_and_indicators

COPPERBELT = """Kolwezi Lens, 12 May 2026

KOLWEZI - Teenage diggers work the shafts of Kasulo and carry ore to be rinsed in the Buluo river near Likasi, a
researcher with the Ndola Mining Watch said. Others dig at Kapata and Manika, she said, and some at Kamilombe.
"""

KACHIN = """Northern Hills Dispatch, 3 June 2026

Jade pickers in Hpakant township, Kachin State, said a militia levies fees on every worker. Workers at the leaching
ponds around Pangwa in Chipwi township said they were recruited in debt, and a trader near Kanpaiti confirmed it.
"""


def _places(text: str) -> set[tuple[str, str]]:
    a = analyse(text, META)
    return {(p.name, p.country) for p in a.places}


def test_mining_quarters_and_rivers_of_kolwezi_and_likasi_are_places() -> None:
    found = _places(COPPERBELT)
    assert {("Kasulo", "CD"), ("Buluo", "CD"), ("Kapata", "CD"), ("Manika", "CD"), ("Kamilombe", "CD")} <= found


def test_hpakant_and_the_rare_earth_tracts_of_kachin_state_are_places() -> None:
    found = _places(KACHIN)
    assert {("Hpakant", "MM"), ("Pangwa", "MM"), ("Chipwi", "MM"), ("Kanpaiti", "MM")} <= found


def test_a_broker_saying_what_the_workplace_was_is_deception() -> None:
    got = indicators('"The broker told them the site was a furniture workshop," said Thandar Aung, a cousin of two of '
                     'the men.')
    assert "deception" in got


def test_guards_who_fire_on_diggers_are_violence() -> None:
    got = indicators("Security guards at the Ruashi fence fired on diggers who crossed at night, two diggers said.")
    assert "physical_and_sexual_violence" in got


def test_no_signal_without_a_named_place_is_isolation() -> None:
    got = indicators('"There is no signal here since the towers went down in April," said Saw Htoo, a picker.')
    assert "isolation" in got


def test_electoral_cards_taken_by_a_clerk_are_retained_documents() -> None:
    got = indicators('"The clerk took my electoral card and says I get it back when the rice is paid for," said '
                     "Esther Ngoy, a washer.")
    assert "retention_of_identity_documents" in got


def test_what_follows_a_refusal_is_a_threat_but_a_refusal_that_costs_nothing_is_not() -> None:
    got = indicators('"They said if I refused, my cousin would be taken in my place," said Kyaw Lin, 19.')
    free = indicators("Work on Sundays is paid double, and if you refuse there is no penalty, the site manager said.")
    assert "intimidation_and_threats" in got and "intimidation_and_threats" not in free


def test_women_harassed_by_site_bosses_is_violence() -> None:
    got = indicators("Women who sort ore at the depot are harassed by the site bosses after dark, a nurse in Likasi "
                     "said.")
    assert "physical_and_sexual_violence" in got


def test_children_we_did_not_see_at_a_visit_is_a_negated_claim() -> None:
    text = ("Kolwezi Lens, 12 May 2026\n\nChildren as young as nine carry sacks of ore at the Musonoi pits to pay "
            "their parents' debts to a depot buyer, three diggers said.\n\nWe did not see children at the pits on "
            "the morning of our visit.\n")
    polarity, got = polarity_and_indicators(text, "We did not see children")
    assert polarity == "negated" and not got
