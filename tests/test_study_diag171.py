"""Probes for the classes of miss found when heldout171 (prison and penal-colony labour in Russia, Belarus, China
and North Korea) was opened for study (branch diag171). Every text is written for these tests, in our own wording:
names, firms and figures are invented (places and currencies are real); each class has controls that must not
change."""

from __future__ import annotations

from labourlens.analyse.firm_sellers import seller_kind
from labourlens.analyse.portfolio_ministers import portfolio_minister
from labourlens.analyse.sentence_terms import without_term
from labourlens.analyse.speakers import classify
from probe_helpers import lexicon_indicators, speaker

META = {"published": "2026-10-01", "language": "en"}
LEAD = "Convicts at a colony near Omsk sew army uniforms for fourteen hours a day, a rights group said.\n\n"

# ---------------------------------------------------------------- people held in prisons and camps as speakers


def test_former_inmates_and_cellmates_are_sources() -> None:
    text = (LEAD + "An ex-convict said the brigade leaders kept everyone at the machines past midnight.\n\n"
            "A former cellmate, freed in March, told the Irtysh Herald that guards took the prisoners' passports.\n\n"
            "Guards beat a man who fell asleep at his bench, a fellow inmate who asked not to be named said.\n")
    for frag, head in (("kept everyone at the machines", "ex-convict"), ("guards took the prisoners", "cellmate"),
                       ("fell asleep at his bench", "fellow inmate")):
        wording, kind, _key = speaker(text, frag, META)
        assert kind == "anonymous_source" and wording is not None and head in wording.lower()


def test_prisoners_as_subject_of_narration_stay_outlet() -> None:
    text = LEAD + "Inmates at the colony are forced to sew gloves for sixteen hours a day without pay.\n"
    _wording, kind, _key = speaker(text, "forced to sew gloves", META)
    assert kind == "outlet"


# ---------------------------------------------------------------- a prison term in the speaker phrase


def test_prison_term_not_counted_in_speaker_length() -> None:
    assert without_term("the mother of a conscript serving two years in a unit") == "the mother of a conscript in a unit"
    assert without_term("the son of an activist serving a five-year sentence") == "the son of an activist"
    assert without_term("a waiter serving tables in Omsk") == "a waiter serving tables in Omsk"  # control
    text = (LEAD + "The brother of a blogger serving seven years in a strict-regime colony near Vologda says the blogger "
            "is forced to sew mittens for sixteen hours a day without pay.\n")
    wording, kind, _key = speaker(text, "forced to sew mittens", META)
    assert kind == "anonymous_source" and wording is not None and wording.lower().startswith("the brother of a blogger")


# ---------------------------------------------------------------- a minister named by portfolio before the title


def test_portfolio_minister_is_official() -> None:
    assert classify("Deputy Justice Minister Irina Volkova") == "official"
    assert classify("First Deputy Finance Minister Oleg Lagutin") == "official"
    assert portfolio_minister("Deputy Development Minister Anna Sokol") is not None
    # controls: a former minister speaks for herself; no title at all
    assert classify("Former Justice Minister Irina Volkova") == "named_person"
    assert portfolio_minister("the Justice Ministry's press office") is None


# ---------------------------------------------------------------- a firm described as a seller of the goods


def test_retailer_apposition_is_organization() -> None:
    assert seller_kind("Harbour Living, the Danish retailer that stocks the lamps") == "organization"
    assert classify("Kessel Trade, a Bremen wholesaler") == "organization"
    # controls: a person by given name; a one-word surname; no apposition
    assert seller_kind("Maria Kessel, a retailer") is None
    assert classify("Ivanov, the distributor") != "organization"
    assert seller_kind("Harbour Living") is None


# ---------------------------------------------------------------- prison punishments as indicators


def test_punishment_cell_and_lost_visits_are_intimidation() -> None:
    assert "intimidation_and_threats" in lexicon_indicators(
        "Sewers who missed the norm were thrown into a punishment cell for a week.")
    assert "intimidation_and_threats" in lexicon_indicators(
        "Men who fall short of the plan lose long visits until spring.")
    assert "intimidation_and_threats" in lexicon_indicators(
        "Twelve loggers were listed as troublemakers to be transferred to a strict-regime unit.")
    # control: a firm losing contracts is no threat to workers
    assert "intimidation_and_threats" not in lexicon_indicators("The mill lost contracts with two buyers last year.")


def test_punishment_cell_is_not_confinement() -> None:
    assert "restriction_of_movement" not in lexicon_indicators(
        "Those who spoiled a batch were put in a disciplinary cell for three days.")
    # control: workers locked in a dormitory are still confined
    assert "restriction_of_movement" in lexicon_indicators("The workers were locked in the dormitory every night.")


def test_lost_visits_and_parcels_are_isolation() -> None:
    assert "isolation" in lexicon_indicators("Anyone who complained was deprived of family visits and parcels for months.")
    # control: an inspector's site visits
    assert "isolation" not in lexicon_indicators("The auditor lost two site visits to the storm.")


def test_promised_early_release_is_deception() -> None:
    assert "deception" in lexicon_indicators(
        "The warden promised that anyone who met the quota would be released early.")
    # control: a release with no promise
    assert "deception" not in lexicon_indicators("He was released from the colony in May.")


def test_stress_positions_are_violence() -> None:
    assert "physical_and_sexual_violence" in lexicon_indicators(
        "Slow workers were forced to kneel in the snow until the count was over.")
    assert "physical_and_sexual_violence" not in lexicon_indicators("Workers stand at the line for eight hours.")


def test_token_credit_is_withheld_wages() -> None:
    assert "withholding_of_wages" in lexicon_indicators("Inmates were credited as little as 5 rubles a month.")
    assert "withholding_of_wages" not in lexicon_indicators("The firm was credited with saving the plant.")
