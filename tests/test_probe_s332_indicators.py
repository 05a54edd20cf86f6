"""Probes (s332): the vocabulary of migrant farm and packing-house work read as the ILO indicators. A sum taken for
the van, the lift or a bed, or taken out of the last payslip (withholding of wages); one jug or one tap of water for a
whole crew, water only at a set hour and not before, a crew boss who drives away when a picker collapses (abusive
conditions); whoever complains or speaks to inspectors is not picked up again (intimidation); no means of getting
to town, and out only when the foreman drives them (isolation, restriction of movement); shut inside a yard gate
(restriction of movement); a man who comes into a woman's room at night (sexual violence); the only one who gives
work, and no roof without him (abuse of vulnerability); a contract paid for and never registered (deception). Near
misses stay clear: a kiosk price, a watering schedule, cattle behind a gate, a friend who drives a neighbour to town, a
nurse who enters a patient's room. Texts written for these tests; the firms and people are fictional."""

from __future__ import annotations

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


def test_sums_for_the_van_and_off_the_payslip_withhold_wages() -> None:
    assert "withholding_of_wages" in _kinds("From his crate money the caporale takes four euros for the van.")
    assert "withholding_of_wages" in _kinds("Each woman had 200 euros taken from her last payslip for the flight home.")


def test_near_miss_a_kiosk_price_withholds_nothing() -> None:
    assert "withholding_of_wages" not in _kinds("At the beach the kiosk takes two euros for a sandwich from tourists.")


def test_scarce_water_and_abandonment_are_abusive_conditions() -> None:
    kind = "abusive_working_and_living_conditions"
    assert kind in _kinds("In the melon rows there was a single jug of water for 14 pickers.")
    assert kind in _kinds("The women were given water at noon and not before, whatever the heat.")
    assert kind in _kinds("The foreman drove away when the youngest picker collapsed between the rows.")


def test_near_miss_a_watering_schedule_is_no_abuse() -> None:
    assert "abusive_working_and_living_conditions" not in _kinds("The tomato plants get water only at dawn in July.")


def test_complainers_left_behind_are_threatened() -> None:
    kind = "intimidation_and_threats"
    assert kind in _kinds("Pickers who complained about pay wouldn't be picked up at the square next morning.")
    assert kind in _kinds("Whoever spoke to the union found no seat on the bus for him next morning.")


def test_no_way_to_town_and_out_only_by_the_foremans_car() -> None:
    kinds = _kinds("On the estate the men had no way to reach the village except when the foreman drove them.")
    assert "isolation" in kinds and "restriction_of_movement" in kinds
    assert "restriction_of_movement" in _kinds("During the lunch hour the crew was locked behind the yard gate.")


def test_near_miss_cattle_behind_a_gate_and_a_friendly_lift() -> None:
    assert "restriction_of_movement" not in _kinds("The farmer keeps his cattle shut behind the gate at night.")
    assert "restriction_of_movement" not in _kinds("On Sundays a neighbour drove them to the market in Lorca.")
    assert "restriction_of_movement" not in _kinds("They phoned home only when the grower drove them up to the main road.")


def test_a_man_entering_her_room_at_night_is_sexual_violence() -> None:
    assert "physical_and_sexual_violence" in _kinds("The grower's brother let himself into her bedroom during the night.")


def test_near_miss_a_nurse_on_her_rounds() -> None:
    assert "physical_and_sexual_violence" not in _kinds("The nurse entered the patient's ward before breakfast.")


def test_the_only_giver_of_work_is_abuse_of_vulnerability() -> None:
    kind = "abuse_of_vulnerability"
    assert kind in _kinds("For the newcomers the crew boss is the only man who would give them a job.")
    assert kind in _kinds("Without the boss, she said, she would have no bed and no work for the winter.")


def test_a_contract_paid_for_and_never_registered_is_deception() -> None:
    assert "deception" in _kinds("Each picker paid 200 euros for a contract that the agency never registered.")
