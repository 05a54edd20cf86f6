"""Probes for the forty-eighth session's study of heldout434 (slave labour on Brazilian charcoal camps, coffee farms
and cattle ranches): a hearing's label in capitals that is a person's name of four words, often with a particle
("ANA DOS REIS LIMA:"); the short title of a member of a chamber of deputies ("Dep. Ana Lima", "DEP. ANA LIMA:"),
which neither ends a sentence nor reads as a firm; a state post in brackets after a label's name ("ANA LIMA (Secretary
of Labour Inspection):"); workers who "each owed" a sum (their debt, not pay owed them); and "a full month's pay" not
received. Every text is invented for the test: fictional people, firms and outlets, real places."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from probe_helpers import META

ABUSES = "Workers at the farms said their papers were taken and they worked 15 hours a day without pay.\n\n"
HEARING = ("STATE ASSEMBLY OF BAHIA - Committee on Labour\n"
           "Public hearing on seasonal work in cacao, Salvador, 3 March 2026\n\n"
           "THE CHAIR: The hearing is open.\n\n")


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    a = analyse(text, META)
    claim = next(c for c in a.claims if words in c.text)
    src = next(s for s in a.sources if s.key == claim.source)
    return src.wording, src.kind


# -- four-word names as turn labels --------------------------------------------------------------------------------


def test_four_word_label_with_a_particle_names_the_speaker() -> None:
    text = ABUSES + HEARING + ("ROSÂNGELA DOS ANJOS PRADO: The contractor kept our work cards until the end of the harvest.\n\n"
                      "THE CHAIR: Thank you.\n")
    wording, kind = _speaker(text, "kept our work cards")
    assert (wording or "").casefold() == "rosângela dos anjos prado" and kind == "named_person"


def test_four_word_label_without_a_particle_names_the_speaker() -> None:
    text = ABUSES + HEARING + ("JOSÉ CARLOS MOURA LEITE: The foreman told us we owed 900 reais for the bus before we picked "
                      "a single pod.\n\nTHE CHAIR: Thank you.\n")
    wording, kind = _speaker(text, "owed 900 reais")
    assert (wording or "").casefold() == "josé carlos moura leite" and kind == "named_person"


def test_later_sentences_of_a_four_word_turn_stay_with_the_speaker() -> None:
    text = ABUSES + HEARING + ("ROSÂNGELA DOS ANJOS PRADO: I picked cacao near Ilhéus for two seasons. "
                      "Nobody was paid until the last day of the harvest.\n\nTHE CHAIR: Thank you.\n")
    wording, kind = _speaker(text, "Nobody was paid")
    assert (wording or "").casefold() == "rosângela dos anjos prado" and kind == "named_person"


# -- deputies by their short title ---------------------------------------------------------------------------------


def test_deputy_label_with_short_title_is_an_official() -> None:
    text = ABUSES + HEARING + ("DEP. HEITOR VASCONCELOS: The growers in my region pay their pickers every week and respect "
                      "the law.\n\nTHE CHAIR: Thank you.\n")
    assert _speaker(text, "pay their pickers") == ("Dep. Heitor Vasconcelos", "official")


def test_short_deputy_title_in_prose_does_not_end_the_sentence() -> None:
    text = ABUSES + ("Pickers on three cacao farms near Itabuna were paid in vouchers for the farm shop, according to a "
            "complaint read out in the state assembly on Tuesday by Dep. Heitor Vasconcelos of the labour committee.\n")
    a = analyse(text, META)
    assert any("Dep. Heitor Vasconcelos" in s.text for s in a.sentences)


def test_deputy_named_by_short_title_who_said_is_an_official() -> None:
    text = ABUSES + ("Pickers on three cacao farms near Itabuna were paid in vouchers for the farm shop, "
            "Dep. Heitor Vasconcelos said on Tuesday.\n")
    assert _speaker(text, "paid in vouchers") == ("Dep. Heitor Vasconcelos", "official")


def test_deputy_short_title_beside_the_chair_leaves_the_name_whole() -> None:
    text = ABUSES + HEARING + ("THE CHAIR: Dep. Heitor Vasconcelos has asked to speak.\n\n"
                      "DEP. HEITOR VASCONCELOS: Pickers in my region were charged 40 reais a week for their "
                      "hammocks.\n\nTHE CHAIR: Thank you.\n")
    assert _speaker(text, "charged 40 reais") == ("Dep. Heitor Vasconcelos", "official")


# -- a state post in brackets after a label's name -----------------------------------------------------------------


def test_state_post_in_brackets_after_a_caps_label_is_an_official() -> None:
    text = ABUSES + HEARING + ("TERESA QUINTELA (Secretary of Labour Inspection): Last year our teams freed 140 "
                               "workers from cacao farms in Bahia.\n\nTHE CHAIR: Thank you.\n")
    assert _speaker(text, "freed 140") == ("Teresa Quintela", "official")


def test_body_in_brackets_after_a_caps_label_stays_a_person() -> None:
    text = ABUSES + HEARING + ("TERESA QUINTELA (Secretary of Labour Inspection): Last year our teams freed 140 "
                               "workers from cacao farms in Bahia.\n\nOTÁVIO RIBAS (Cacao Pickers' Network): The "
                               "pickers slept in a barn with no water.\n\nTHE CHAIR: Thank you.\n")
    assert _speaker(text, "freed 140") == ("Teresa Quintela", "official")
    assert _speaker(text, "slept in a barn")[1] != "official"


# -- indicators ----------------------------------------------------------------------------------------------------


def _indicators(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def test_we_each_owed_a_sum_is_debt_not_unpaid_wages() -> None:
    found = _indicators("When the bus reached the farm the foreman said we each owed 720 reais for the journey.")
    assert "debt_bondage" in found and "withholding_of_wages" not in found


def test_not_one_of_them_has_seen_a_full_months_wages_is_unpaid_wages() -> None:
    assert "withholding_of_wages" in _indicators("Not one of them has seen a full month's wages this season.")


def test_none_of_the_cutters_had_a_full_months_wages_is_unpaid_wages() -> None:
    assert "withholding_of_wages" in _indicators("None of the cutters had received a full month's wages by the end "
                                                 "of the cane harvest.")
