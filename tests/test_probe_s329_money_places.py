"""Probe s329: South American money and places as the region's press writes them.

* Peru's sol written as the bare plural "soles" after a number ("1,800 soles a month"), Paraguay's guaraní by name
  ("450,000 guaraníes") and Guyana's dollar with its "G$" prefix (knowledge currencies.yaml);
* farming, mining and frontier regions and rivers that inspection reports place their farms and camps by (Cerrado
  Mineiro, Carajás, Magdalena Medio, the Interoceanic Highway, the Cuyuni and Mazaruni rivers), and
  Guyana's ten regions by their number ("Region Seven", "Region 1") in a report set in Guyana (knowledge
  places_extra.yaml, places_admin1_west.yaml).

Texts written for this test; people and firms are invented (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.places import find

META = {"published": "2026-03-02", "language": "en"}


def _amounts(text: str) -> dict[str, tuple[str | None, float | None]]:
    return {a.text: (a.currency, a.value) for a in analyse(text, META).amounts}


def test_bare_soles_are_peruvian() -> None:
    got = _amounts("Gold panners near Huepetuhe said the camp boss paid them 1,800 soles a month and kept the rest.")
    assert got.get("1,800 soles") == ("PEN", 1800.0)


def test_guaranies_by_name() -> None:
    got = _amounts("Brickmakers in Tobatí said the kiln owner promised 380,000 guaraníes each week but paid half.")
    assert got.get("380,000 guaraníes") == ("PYG", 380000.0)


def test_guyanese_dollar_prefix() -> None:
    got = _amounts("Loggers near Mabura Hill said each of them was charged G$75,000 for food and boots.")
    assert got.get("G$75,000") == ("GYD", 75000.0)


def test_a_sun_is_no_money() -> None:
    # near miss: "sol" and "soles" that follow no number are no amount
    assert _amounts("The pickers worked under the sol of the valley; soles of their boots wore through.") == {}


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in find(text)}


@pytest.mark.parametrize("text,place", [
    ("The cooperative buys beans from smallholders across the Cerrado Mineiro.", ("Cerrado Mineiro", "BR")),
    ("Charcoal camps near Carajás supplied the smelters, the report said.", ("Carajás", "BR")),
    ("Oil palm growers in the Magdalena Medio hired Venezuelan day labourers.", ("Magdalena Medio", "CO")),
    ("Recruiters waited for young men at truck stops on the Interoceanic Highway.", ("Interoceanic Highway", "PE")),
    ("Two dredges were anchored on the Cuyuni River near the border.", ("Cuyuni River", "GY")),
])
def test_south_american_regions(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


def test_guyana_region_by_number() -> None:
    got = _places("Miners at a pit in Guyana's Region Seven said they had not been paid since June.")
    assert ("Cuyuni-Mazaruni", "GY") in got or ("Region Seven", "GY") in got


def test_numbered_region_outside_guyana_is_not_guyanas() -> None:
    # near miss: a numbered region in a report that names nothing of Guyana is not one of Guyana's regions
    got = _places("Health officials in Region Seven of the district said the clinic would reopen on Monday.")
    assert not any(country == "GY" for _, country in got)
