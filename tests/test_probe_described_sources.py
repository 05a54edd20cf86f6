"""A generic source given a description in apposition keeps the description ("According to a third source, a
driver on the night shift, ..."; "..., one of the sources, a Lao trader who supplies the kitchen, told the
Gazette."), so that a later "the trader said" or "he said" finds it; a clause after "According to the source,"
is no apposition. And a country named alone as a speaker ("In 2021 Angola told the UN ...") is the state, not a
firm met before whose name holds the country's. Every text is written for this test; people, firms and outlets
are fictional (places and institutions are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
LEAD = "Kitchen staff abroad\nNorth Korean workers are sent to restaurants in Laos and Cambodia.\n\n"


@pytest.mark.parametrize("text,who", [
    ("The cooks were brought in on tourist visas, one of the sources, a Lao trader who supplies the kitchen, "
     "told the Gazette.", "one of the sources, a Lao trader who supplies the kitchen"),
    ("The women are rotated out every six months, another source, a driver who delivers to the restaurant, said "
     "on Monday.", "another source, a driver who delivers to the restaurant"),
    ("According to a third source, a North Korean worker on a neighbouring site, crews now work at night.",
     "a third source, a North Korean worker on a neighbouring site"),
    ("According to one source, a trader in Dandong, the workers are paid nothing.",
     "one source, a trader in Dandong"),
    ("According to another insider, a cook at the hotel, the staff never leave the building.",
     "another insider, a cook at the hotel"),
])
def test_description_kept(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who


@pytest.mark.parametrize("text,who", [
    ("According to the source, a worker was beaten, and the others fled.", "the source"),
    ("According to a source, a man who complained was sent home.", "a source"),
    ("According to the source, a trader in Dandong, the workers are paid nothing.", "the source"),
])
def test_no_description(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who


def test_the_trader_goes_back_to_the_described_source() -> None:
    text = (LEAD + "The cooks were brought in on tourist visas through Kunming, one of the sources, a Lao trader "
            "who supplies the kitchen, told the Gazette. He said the women may leave only with the manager.\n\n"
            "\"They work until two in the morning,\" the trader said.")
    a = analyse(text, META)
    keys = {c.source for c in a.claims if any(f in c.text for f in ("tourist visas", "only with", "two in the"))}
    src = a.source(keys.pop()) if len(keys) == 1 else None
    assert src is not None and "trader" in (src.wording or "")


@pytest.mark.parametrize("country,firm", [("Angola", "Huaxin Road & Bridge Angola"),
                                          ("Mongolia", "Altai Build Mongolia")])
def test_country_alone_is_not_the_firm(country: str, firm: str) -> None:
    text = (f"Road crews unpaid\nNorth Korean and local workers on a road project say they are not paid.\n\n"
            f"The contractor, {firm}, denied any delays, saying the workers' salaries are paid in full every month.\n\n"
            f"In 2019 {country} told the UN sanctions committee it had repatriated every North Korean worker.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "repatriated" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "official" and s.wording == country


@pytest.mark.parametrize("text,who", [
    ('"The cooks got one afternoon off," one source, a Chinese supplier who visits the kitchen, said.',
     "one source, a Chinese supplier who visits the kitchen"),
    ('"Nobody leaves alone," another source, a driver at the plant, told the Gazette.',
     "another source, a driver at the plant"),
    ('"Nobody leaves alone," the source said.', "the source"),
])
def test_description_after_a_quote(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who
