"""Probes (s329, second round): debts that hold workers in South American camps and kilns. Leaving made to wait on a
repayment ("cannot go home until they repay the bus tickets", "may go only once they pay for the boots") is debt
bondage as well as a restriction of movement; a fare taken back from what their piece work earns is a debt worked off; a
revolver in the foreman's belt or a shotgun in the overseer's hut is a threat held over the workers; a shed without
mattresses is abusive lodging. Near misses stay clear: a rifle the police recovered after a burglary, leaving a hostel
"until ten at night", a fare still to be repaid read as a wage worth nothing, a hotel room sold without bedding. Texts
written for these tests."""

from __future__ import annotations

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


def test_leaving_only_after_repaying_is_debt_bondage() -> None:
    assert "debt_bondage" in _kinds("The boys are kept at the dredge; none can leave the river until they repay their bus tickets.")
    assert "debt_bondage" in _kinds("They were told they could go home only after paying for the boots and the hammock.")
    assert "debt_bondage" in _kinds("Nobody could leave the kilns until they paid back the cost of the trip.")


def test_near_miss_leaving_a_hostel_until_late_is_no_debt() -> None:
    assert "debt_bondage" not in _kinds("She said the residents could leave the hostel until ten at night.")
    assert "debt_bondage" not in _kinds("The contract says the pickers can leave at any time.")


def test_a_fare_repaid_out_of_a_piece_rate_is_debt_bondage() -> None:
    assert "debt_bondage" in _kinds("Each fortnight the bus fare from Oruro is repaid from their piece rates.")


def test_a_fare_to_repay_is_not_a_wage_worth_nothing() -> None:
    kinds = _kinds("The men cannot go home until they repay the bus fare.")
    assert "debt_bondage" in kinds and "withholding_of_wages" not in kinds


def test_a_gun_on_the_foreman_or_in_the_overseers_hut_is_a_threat() -> None:
    assert "intimidation_and_threats" in _kinds("Nobody was beaten, but the overseer wore a revolver on his hip.")
    assert "intimidation_and_threats" in _kinds("Inspectors found a loaded shotgun under the overseer's bed.")


def test_near_miss_a_rifle_recovered_by_the_police_is_no_threat() -> None:
    assert "intimidation_and_threats" not in _kinds("Police recovered the stolen rifle in the owner's garage after a burglary.")


def test_a_house_without_beds_is_abusive_lodging() -> None:
    assert "abusive_working_and_living_conditions" in _kinds("The recruits were put in a rented shed without mattresses.")


def test_near_miss_a_hotel_room_without_bedding_for_sale_is_no_abuse() -> None:
    assert "abusive_working_and_living_conditions" not in _kinds("The hotel sold the room without bedding at half price.")
