"""Probes (s326): cues of the indicators at sea. No shore passes is a restriction of movement; water drunk from a
drain or tasting of fuel, and food or bait gone bad, are abusive conditions; a satellite terminal in the skipper's
hands and one message home a week are isolation; a deposit held so that a worker will not abscond is a debt's bond;
crew recorded being struck is violence; nights on end without relief and rest denied are excessive hours; money
demanded for a worker's own papers is their retention. Near misses stay quiet: a boss who settled all the outstanding
wages withholds none, overtime paid at double is no excess, bait kept in a freezer is no lure, a deckhand struck by
a wave was hit by no one. Sentences written for these tests; the people, boats and firms are fictional."""

from __future__ import annotations

from probe_helpers import lexicon_indicators


def test_no_shore_passes_restricts_movement() -> None:
    assert "restriction_of_movement" in lexicon_indicators("The eleven deckhands at Durban got no shore passes all winter.")


def test_water_from_a_drain_is_abusive() -> None:
    found = lexicon_indicators("By June the deckhands drank what dripped from the condensate drain.")
    assert "abusive_working_and_living_conditions" in found


def test_water_tasting_of_fuel_is_abusive() -> None:
    found = lexicon_indicators("The water in the forward tank tasted of diesel.")
    assert "abusive_working_and_living_conditions" in found


def test_food_gone_bad_is_abusive() -> None:
    found = lexicon_indicators("For a month the deckhands ate putrid squid bait.")
    assert "abusive_working_and_living_conditions" in found


def test_a_terminal_in_the_skippers_hands_is_isolation() -> None:
    found = lexicon_indicators("The crew reached their families only on a satellite terminal controlled by the skipper.")
    assert "isolation" in found


def test_one_message_a_week_is_isolation() -> None:
    assert "isolation" in lexicon_indicators("On the trawler she could send a single message a week.")


def test_a_deposit_against_absconding_is_a_bond() -> None:
    found = lexicon_indicators("The broker kept the deposit as a bond so that he would not abscond from the trawler.")
    assert "debt_bondage" in found


def test_crew_recorded_being_struck_is_violence() -> None:
    found = lexicon_indicators("The observer's log records crew being struck twice.")
    assert "physical_and_sexual_violence" in found


def test_nights_without_relief_are_excessive_hours() -> None:
    found = lexicon_indicators("The oiler worked four straight nights below deck without relief in March.")
    assert "excessive_overtime" in found


def test_rest_denied_is_excessive_hours() -> None:
    assert "excessive_overtime" in lexicon_indicators("The logbook shows the deckhands were denied sleep for two days.")


def test_money_for_papers_is_retention() -> None:
    found = lexicon_indicators("The broker wanted cash in exchange for their passports, the families said.")
    assert "retention_of_identity_documents" in found


def test_wages_settled_in_full_are_not_withheld() -> None:
    found = lexicon_indicators("In April the operator settled all outstanding wages of the nine deckhands.")
    assert "withholding_of_wages" not in found


def test_overtime_paid_at_double_is_no_excess() -> None:
    assert "excessive_overtime" not in lexicon_indicators("Our firm pays double for overtime on every trawler.")


def test_bait_gone_bad_is_no_lure() -> None:
    assert "deception" not in lexicon_indicators("The deckhands were fed rotting bait for a week.")


def test_a_deckhand_struck_by_a_wave_is_no_violence() -> None:
    found = lexicon_indicators("Two deckhands were struck by a wave that swept the stern.")
    assert "physical_and_sexual_violence" not in found
