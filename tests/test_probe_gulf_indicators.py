"""Indicator wording of Gulf migrant-worker reporting: pay that never comes, complaints counted by what they concern,
a dozen people sleeping in one place, a flat shared with many others, a pledge forfeited to the lender, an order with
deportation as its alternative, heat likened to a tandoor; and the controls that keep other wording apart (a room of
two, a bank, a helpline open round the clock, a husband seen only on a phone screen, tickets taken from a final
settlement). Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse import worktime
from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, indicators, lexicon_indicators

WAGES, DEBT, LIVING = "withholding_of_wages", "debt_bondage", "abusive_working_and_living_conditions"
THREATS, ISOLATION = "intimidation_and_threats", "isolation"


def test_pay_that_never_comes() -> None:
    assert WAGES in indicators("The supervisor ticks off our days on a clipboard, but the salary never arrives.")
    assert WAGES in lexicon_indicators("They keep promising, and the money never came.")
    assert WAGES not in lexicon_indicators("The rain never comes before October in Muscat.")


def test_complaints_counted_by_what_they_concern() -> None:
    assert WAGES in indicators("The consulate logged 40 complaints from drivers in Dubai, of which 25 concern the "
                               "non-payment of wages.")
    assert WAGES in lexicon_indicators("Most grievances involved the late payment of salaries.")
    assert WAGES not in lexicon_indicators("The consulate logged 40 complaints from drivers about traffic fines.")


def test_many_people_sleeping_in_one_place() -> None:
    assert LIVING in indicators("\"Fourteen of us sleep there,\" said Bikash, a mason from Jhapa.")
    assert LIVING in lexicon_indicators("Sixteen men slept in the corridor of the villa.")
    assert LIVING not in lexicon_indicators("Two people sleep there.")


def test_a_flat_shared_with_many_others() -> None:
    assert LIVING in indicators("The six cleaners were housed in a flat in Muscat's Ruwi district with 17 other "
                                "Nepalis.")
    assert LIVING not in lexicon_indicators("She lived with two other nurses in a flat in Ruwi.")


def test_pledge_forfeited_to_the_lender() -> None:
    assert DEBT in indicators("\"If he cannot pay by Dashain, our field goes to the lender,\" his wife said.")
    assert DEBT not in lexicon_indicators("The field goes to the river on its eastern side.")


def test_an_order_with_deportation_as_its_alternative() -> None:
    assert THREATS in indicators("The cooks said they were told by the sponsor to drop the case or face deportation.")
    assert THREATS in lexicon_indicators("The drivers were warned by the manager to sign the papers or be sent home.")
    assert THREATS not in lexicon_indicators("The drivers were told by the manager to sign the papers before Friday.")


def test_heat_likened_to_a_tandoor() -> None:
    assert LIVING in lexicon_indicators("He said the heat inside the steel shed was like standing in a tandoor.")


def test_helpline_open_round_the_clock_is_no_working_day() -> None:
    assert worktime.long_hours("Workers in distress should call the labour office's 24-hour line.") == []
    assert worktime.long_hours("Labourers in distress can use a 24-hour helpline.") == []
    assert worktime.long_hours("The workers said they worked 16-hour shifts on the line.") != []


def test_seen_only_on_a_screen_is_not_cut_off() -> None:
    assert ISOLATION not in lexicon_indicators("Meera has not seen her children except on a phone screen for two years.")
    assert ISOLATION in lexicon_indicators("Meera has not spoken to her children for two years.")


def test_talking_to_people_outside_is_not_leaving_the_house() -> None:
    found = lexicon_indicators("She said she was not allowed to talk to anybody outside the villa.")
    assert "restriction_of_movement" not in found
    assert "restriction_of_movement" in lexicon_indicators("She was not allowed to go outside the villa.")


def test_return_tickets_taken_from_a_final_settlement_are_no_debt() -> None:
    found = lexicon_indicators("The contractor deducted the cost of the men's flights home from their final "
                               "settlement.")
    assert DEBT not in found and WAGES in found
    assert DEBT in lexicon_indicators("The contractor deducted the cost of the flights from their monthly wages.")


def test_police_stop_is_not_an_employers_threat() -> None:
    assert THREATS not in lexicon_indicators("If police stop him at a checkpoint, he will be deported.")
    assert THREATS in lexicon_indicators("If he complains, the sponsor said, he will be deported.")


def test_dismissed_report_is_negated() -> None:
    a = analyse(LEAD + "The ministry said posts shared online alleging that cleaners at a Sharjah firm had gone unpaid "
                "since March were inaccurate.", META)
    c = next(c for c in a.claims if "gone unpaid" in c.text)
    assert c.polarity != "affirmed" and not c.indicators
