"""Probes (s331): the vocabulary of state-organised labour transfers read as the ILO indicators. A quota that is "a
political task", a figure to be filled "whether they wish to or not", a family made to sign a pledge (abuse of
vulnerability); a batch moved with police aboard, travel under escort, no travel on one's own
(restriction of movement); a wife's post, grazing rights or points on a political assessment at stake, prayer beads
taken away (intimidation and threats); pay routed to the village committee or the home township (withholding of
wages); no return date (deception); work every day, Sundays included (excessive overtime). Near misses stay clear: a
football club's points deducted, a police car at a traffic crash, a city's pledge. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


def test_quotas_wishes_and_pledges_are_abuse_of_vulnerability() -> None:
    assert "abuse_of_vulnerability" in _kinds("Officials called the quota for the township a political task.")
    assert "abuse_of_vulnerability" in _kinds("Each village must send forty people, whether they wish to go or not.")
    assert "abuse_of_vulnerability" in _kinds("Before he left, his parents had to sign a pledge for him.")


def test_near_miss_a_pledge_of_support_is_no_abuse() -> None:
    assert "abuse_of_vulnerability" not in _kinds("The mayor said the city would honour its pledge to fund the clinic.")


def test_police_aboard_and_escorts_restrict_movement() -> None:
    assert "restriction_of_movement" in _kinds("The recruits went south on buses with police officers riding at the back.")
    assert "restriction_of_movement" in _kinds("The labourers left the county under police escort in March.")
    assert "restriction_of_movement" in _kinds("Nobody in the group may return on their own before the season ends.")


def test_near_miss_a_police_car_at_a_crash_restricts_nothing() -> None:
    assert "restriction_of_movement" not in _kinds("A bus hit a police car behind the depot after an accident on the ring road.")


def test_kin_posts_land_points_and_prayer_beads_are_threats() -> None:
    assert "intimidation_and_threats" in _kinds("The cadre warned that his sister could forget about her job at the school.")
    assert "intimidation_and_threats" in _kinds("They told him their grazing rights would be reconsidered at the village meeting.")
    assert "intimidation_and_threats" in _kinds("Anyone who skipped the evening class had points docked from their conduct record.")
    assert "intimidation_and_threats" in _kinds("At the training centre their prayer mats were confiscated.")


def test_near_miss_a_clubs_points_deducted_are_no_threat() -> None:
    assert "intimidation_and_threats" not in _kinds("The club had ten points deducted by the league for late wages.")


def test_pay_routed_to_the_village_is_withheld() -> None:
    assert "withholding_of_wages" in _kinds("Their wages for the spring were transferred to their home township.")
    assert "withholding_of_wages" in _kinds("The men said their earnings were managed centrally until the autumn.")


def test_no_return_date_is_deception_and_sundays_included_is_overtime() -> None:
    assert "deception" in _kinds("The contract they signed had no return date at all.")
    assert "excessive_overtime" in _kinds("The line runs every day, Sundays included, in the peak months.")


def test_a_man_who_never_wanted_to_be_sent_is_abused_and_legal_limits_are_no_overtime() -> None:
    assert "abuse_of_vulnerability" in _kinds("A third man, a father of three, said he never wanted to be sent to Hubei.")
    assert "excessive_overtime" not in _kinds("The audit found overtime stayed within legal limits in every month checked.")
