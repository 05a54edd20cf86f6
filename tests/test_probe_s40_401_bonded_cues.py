"""Probes (s40, set 401): cues of debt bondage at kilns, mills and quarries. A piece rate stated per thousand units
("paid 700 rupees for each thousand tiles") is the pay the wage indicator weighs; an advance received from a
contractor, or work done "under" advances of a sum, is the debt that binds; children found at work at the kiln are a
vulnerability used. Near misses: a price per thousand units sold, a rate only promised, advances in technique,
children at a school. Sentences
written for these tests; the people and firms are fictional."""

from __future__ import annotations

from probe_helpers import indicators


def test_a_piece_rate_per_thousand_is_a_wage_cue() -> None:
    found = indicators("At the Greenfield yard the moulders were paid Rs 710 for each thousand tiles, Mehrun said.")
    assert "withholding_of_wages" in found


def test_a_piece_rate_cut_per_thousand_is_a_wage_cue() -> None:
    found = indicators("The owner deducted 300 rupees from every thousand blocks, the workers said.")
    assert "withholding_of_wages" in found


def test_a_sale_price_per_thousand_is_no_wage_cue() -> None:
    found = indicators("The company sells its blocks at 9,000 rupees per thousand to builders in the city.")
    assert "withholding_of_wages" not in found


def test_a_promised_piece_rate_is_no_wage_cue() -> None:
    found = indicators("The agent told us we would get 900 rupees for every thousand tiles at the yard, Salma said.")
    assert "withholding_of_wages" not in found


def test_advances_received_from_contractors_bind() -> None:
    found = indicators("Most of the families at the Suncrest yard had received advances from local recruiters, it said.")
    assert "debt_bondage" in found


def test_work_under_advances_of_a_sum_binds() -> None:
    found = indicators("The inquiry found 40 workers at the pits under advances of Rs 15,000 each, paid by an agent.")
    assert "debt_bondage" in found


def test_advances_in_technique_are_no_debt() -> None:
    found = indicators("The plant received advances in kiln design from an engineering school last year.")
    assert "debt_bondage" not in found


def test_children_found_at_work_at_the_kiln() -> None:
    found = indicators("Inspectors said children under 12 were found working at the Redstone kiln in May.")
    assert "abuse_of_vulnerability" in found


def test_children_at_school_near_the_kiln_are_no_cue() -> None:
    found = indicators("The charity said the children were studying at a school near the Redstone kiln.")
    assert "abuse_of_vulnerability" not in found


def test_children_on_the_drying_ground_are_a_vulnerability_used() -> None:
    found = indicators("The girls were working on the drying ground of the Ashcombe kiln when the team arrived.")
    assert "abuse_of_vulnerability" in found


def test_children_under_an_age_moulding_are_a_vulnerability_used() -> None:
    found = indicators("Boys under 13 were seen moulding at both of the Ashcombe yards, the inspectors wrote.")
    assert "abuse_of_vulnerability" in found


def test_children_playing_at_the_kiln_are_no_cue() -> None:
    found = indicators("The boys were playing on the drying ground of the Ashcombe kiln after school.")
    assert "abuse_of_vulnerability" not in found
