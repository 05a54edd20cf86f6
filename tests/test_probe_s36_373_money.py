"""Probes (session 36, from heldout373's study): an amount in a currency the ECB does not publish, without a
conversion of its own, takes the rate that the same report's conversion of another amount in that currency implies;
the boliviano's official fixed rate is a peg; a bare number after a progressive pay verb ("was paying 90") takes the
currency of the amount before it. Near misses keep what they had: no conversion in the text leaves no USD value, a
conversion of another currency lends nothing, and a count after a progressive verb is no money. Every text is written
for this test; people and firms are fictional."""

from __future__ import annotations

from money_helpers import money_amounts, one_amount


def test_a_conversion_elsewhere_in_the_report_lends_its_rate() -> None:
    text = ("Harvest hands at the Estancia Los Tilos were lent 3,000,000 guaraníes (USD 400) before the season. "
            "By May each of them was told he owed 450,000 guaraníes more for boots and food.")
    later = one_amount(text, "450,000 guaraníes")
    assert later.usd is not None and 58 <= later.usd <= 62
    assert later.fx_source == "implied by the text"


def test_two_conversions_give_their_middle_rate() -> None:
    text = ("The broker charged 800 quetzales (about 100 dollars) for the trip and 1,600 quetzales (about 210 dollars) "
            "for the permit. Each picker still owed 400 quetzales in March.")
    owed = one_amount(text, "400 quetzales")
    assert owed.usd is not None and 49 <= owed.usd <= 54


def test_no_conversion_in_the_report_leaves_no_usd() -> None:
    text = "The loaders at the Puerto Esmeralda yard were paid 90 soles a day and owed 300 soles for the bus."
    for a in money_amounts(text):
        assert a.usd is None and a.fx_note


def test_a_conversion_of_another_currency_lends_nothing() -> None:
    text = ("The agent took 2,000 reais (about USD 370) from each man. In Bolivia the crew was then paid "
            "300 soles a week.")
    soles = one_amount(text, "300 soles")
    assert soles.usd is None


def test_the_boliviano_is_pegged() -> None:
    a = one_amount("Each gatherer was paid 696 bolivianos for the month.", "696 bolivianos")
    assert a.usd is not None and abs(a.usd - 100) < 0.5 and a.fx_source == "peg"


def test_a_bare_number_after_a_progressive_pay_verb_is_money() -> None:
    text = "The contractor gave them 150 bolivianos a box when the traders in town were paying 210."
    a = one_amount(text, "210")
    assert a.currency == "BOB" and a.value == 210


def test_a_count_after_a_progressive_verb_stays_no_money() -> None:
    text = "The contractor gave them 150 bolivianos a box when the traders in town were paying 210 gatherers."
    assert [a.text for a in money_amounts(text)] == ["150 bolivianos"]
