"""Probes (s337): a firm's name opened by a Brazilian kind word and a second word of its kind ("Serviços Agrícolas
Planalto") holds no place of the report; months "without a day of paid leave" are long hours, not pay withheld; a
party that "found no instance where" a foreman kept a passport denies it. Near misses: a town named after the firm's
name is still a place, and pay not received is still withheld. Texts written for these tests; firms are fictional."""

from __future__ import annotations

from labourlens.analyse import indicators, places
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-08-01", "language": "en"}


def test_a_place_inside_a_brazilian_firms_name_is_the_firms() -> None:
    names = {p.name for p in places.find("The crews were hired by Transportadora Rápida Planalto, a firm based in "
                                         "Caxias do Sul, Rio Grande do Sul.")}
    assert "Planalto" not in names and "Caxias do Sul" in names


def test_paid_leave_is_no_pay_withheld_but_unpaid_months_are() -> None:
    kinds = {h.indicator for h in indicators.match("The charcoal men worked eleven months with no single day of paid "
                                                   "leave.").hits}
    assert "withholding_of_wages" not in kinds
    kinds = {h.indicator for h in indicators.match("The charcoal men went eight months without being paid.").hits}
    assert "withholding_of_wages" in kinds


def test_a_party_that_found_no_case_denies_it() -> None:
    text = ("Gazeta do Norte\n\nInspection at the Vale Verde farms\n\nPickers at the Vale Verde farms in Pará told the "
            "union that the foreman kept them working past midnight and took their wages for food.\n\nLabour inspectors "
            "said they found no instance where a foreman kept a picker's identity card at the farms.\n")
    claim = next(c for c in analyse(text, META).claims if "no instance" in c.text)
    assert claim.polarity == "negated" and not claim.indicators
