"""Probes (session 38, from heldout383's metadata misses): a periodical's name before a dash and what it is on the page's
first line ("KETTLE \u2014 a magazine for seafarers abroad", "Dock Weekly - the newspaper of the dockers' union") is the
page's outlet, in title case when set in capitals. A near miss: a story's headline with a dash and no word for a
periodical names no outlet so. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_MAGAZINE = """KETTLE \u2014 a magazine for seafarers abroad
Our Voices, issue 12, 3 March 2026

Tomas, 40, a cook from Cebu, told us his story on board.

I paid a manning agent 2,000 dollars for the job. The captain took my passport on the first day.
"""

_HEADLINE = """Harbour raid - a crew found locked below deck
3 March 2026

Police in Busan found twelve fishermen from Indonesia locked below deck on a trawler, the coast guard said.
"""


def test_a_periodical_masthead_is_the_outlet() -> None:
    assert analyse(_MAGAZINE, {}).meta.outlet == "Kettle"


def test_a_headline_with_a_dash_names_no_periodical() -> None:
    assert analyse(_HEADLINE, {}).meta.outlet != "Harbour raid"
