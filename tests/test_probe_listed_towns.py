"""A town the gazetteer does not know, in a list of towns of one country after a preposition of place, is a town of
that country; the surname of a comment's or post's author label is no town (probe study300). Every text is written
for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

from labourlens.analyse.places import find


def _pairs(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name) for p in find(text)}


def test_unknown_town_among_towns_of_one_country() -> None:
    text = "In Zimbabwe, gold panners around Kadoma, Eiffel and Chegutu say one buyer sets the price."
    assert ("ZW", "Eiffel") in _pairs(text)
    # two unknown names, or towns of two countries, tell nothing
    assert ("ZW", "Mazvihwa") not in _pairs("In Zimbabwe, panners from Mazvihwa, Ngundu and Chegutu say one buyer sets the price.")
    assert not any(p.name == "Sipho" for p in find("In Zimbabwe, meetings in Harare, Bulawayo and Sipho left early."))


def test_comment_author_label_is_no_town() -> None:
    text = ("Zimbabweans in Joburg \u2013 Help Desk\n\nTapiwa Banda (moderator) \u00b7 4 June 2026\nShare this please.\n\n"
            "Rudo Moyo: Is it near Musina?\nTapiwa Banda (moderator): Yes, near Musina.\n")
    assert not any(p.country == "IN" for p in find(text))
