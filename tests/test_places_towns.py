"""Towns of 5,000 to 15,000 people (GeoNames, ``knowledge/gazetteer_towns.tsv``): found where the report places
them (a larger place after a comma, "the town of", "in" within a report about the town's country), never on a
name alone, and kept out of the index every other stage reads (outlet mastheads, firm names, speakers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from labourlens import knowledge
from labourlens.analyse import gazetteer, places


def found(text: str) -> set[tuple[str, str]]:
    return {(m.country or "", m.name) for m in places.find(text)}


@pytest.mark.parametrize(("text", "town"), [
    ("Nine deckhands were kept aboard a trawler moored at Kilkeel, Northern Ireland, for five weeks.",
     ("GB", "Kilkeel")),
    ("Inspectors from Ireland's labour authority found twelve pickers sleeping in a shed near Enniscorthy.",
     ("IE", "Enniscorthy")),
    ("The agency in Scotland said the crew had landed their catch in Fraserburgh before they were moved.",
     ("GB", "Fraserburgh")),
    ("Bangladeshi welders said a broker in Malaysia had sent them to a yard in Batu Kawan.", ("MY", "Batu Kawan")),
])
def test_a_town_in_a_report_about_its_country(text: str, town: tuple[str, str]) -> None:
    assert town in found(text)


@pytest.mark.parametrize("text", [
    "Twelve pickers were found sleeping in a shed near Enniscorthy, the charity said.",  # no country anywhere
    "Kilkeel was where the boat tied up, a deckhand said.",  # a name alone, at a sentence start
])
def test_no_town_without_its_country(text: str) -> None:
    assert not any(m.name in ("Enniscorthy", "Kilkeel") for m in places.find(text))


def test_towns_are_kept_out_of_the_index_other_stages_read() -> None:
    g = gazetteer.get()
    assert g.towns is not None
    assert ("kilkeel",) not in g.index and ("kilkeel",) in g.towns.index
    # a town never shares a name with a country, region or larger city: it would only compete with them
    assert not set(g.towns.index) & set(g.index)
    town = g.places[g.towns.index[("kilkeel",)][0].place]
    assert town.town and town.country == "GB" and town.level == "city" and 5_000 <= town.population < 15_000


def test_town_names_that_are_english_words_or_names_are_left_out() -> None:
    rows = [line.split("\t") for line in knowledge.load_text(gazetteer.TOWNS_FILE).splitlines()
            if line and not line.startswith("#")][1:]
    names = {r[1] for r in rows}
    assert len(names) > 20_000
    assert not names & {"Media", "Pacific", "Commerce", "Line", "Helena", "Alliance"}
    assert all("'" not in n and "\u2019" not in n for n in names)


def test_a_town_is_no_context_for_other_names() -> None:
    # a town's country does not pull an ambiguous name its way: "Boston" stays the big city
    text = "Recruiters in Boston met the crews. One of them had worked near Kilkeel."
    assert ("US", "Boston") in found(text)


def test_the_cache_keeps_the_towns(tmp_path: Path) -> None:
    g = gazetteer.build()
    where = tmp_path / "gazetteer-test.marshal"
    gazetteer._write_cache(where, g)
    back = gazetteer._read_cache(where)
    assert back is not None and back.towns is not None and g.towns is not None
    assert back.towns.index == g.towns.index and back.towns.first == g.towns.first
    assert back.places is back.towns.places and len(back.places) == len(g.places)
