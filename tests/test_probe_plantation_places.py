"""Places of plantation reports: the tea regions of north-east India, the counties of Liberia, a renamed Indian town by its
old name, a town named as someone's home or the end of a journey home, and a firm named "X & Y" (no place). Every text
is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def _found(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text)}


@pytest.mark.parametrize("text,name,country", [
    ("Leaf from gardens across the Dooars fetched less this week.", "Dooars", "IN"),
    ("Rain was heavy in North Bengal and light in Upper Assam.", "North Bengal", "IN"),
    ("Rain was heavy in North Bengal and light in Upper Assam.", "Upper Assam", "IN"),
    ("Gardens of the Barak Valley pay a lower daily rate.", "Barak Valley", "IN"),
    ("Estates in the Brahmaputra Valley raised the rate.", "Brahmaputra Valley", "IN"),
    ("The plantation lies in Grand Bassa County, Liberia.", "Grand Bassa County", "LR"),
    ("Tappers came from Bong County and Nimba County.", "Bong County", "LR"),
    ("Cutters from Osmanabad work the fields of Karnataka.", "Dharashiv", "IN"),
])
def test_plantation_regions(text: str, name: str, country: str) -> None:
    assert (name, country) in _found(text)


def test_town_as_a_home_and_a_journey_home() -> None:
    text = "Pickers on an estate near Kericho spoke to us. A widow from Sondu said the pay was late. " \
           "To travel home to Othaya she must ask the clerk."
    found = _found(text)
    assert ("Sondu", "KE") in found and ("Othaya", "KE") in found


def test_firm_named_with_an_ampersand_is_no_place() -> None:
    text = "Workers in Britain were paid late. Dunmore & Hale, a London importer, said it would look into it."
    assert ("Hale", "GB") not in _found(text)
    assert ("Leeds", "GB") in _found("Workers in Britain. The depots in Bradford & Leeds were shut.")
