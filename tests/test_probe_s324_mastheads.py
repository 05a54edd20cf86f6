"""Probes (study324): the outlet of a page whose second line is a row of labels. A law digest's issue line
("Issue 4/2026 · Labour cases · Pay") and a regional site's desk line ("Kazakhstan · South · Shymkent · 3 May") name
sections, not the outlet: the masthead above them is the outlet. Near miss: a masthead whose name holds a compass word
("South Steppe Herald") is still the outlet. Texts written for these tests; the outlets are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

META = {"language": "en"}
DIGEST = """EMPLOYMENT CASE DIGEST — Rulings in brief
Issue 4/2026 · Labour cases · Pay

Sovetsky District Court of Astrakhan, case No. 2-0451/2026
Decided: 11 February 2026

The court found that a building contractor had paid eighteen migrant bricklayers from Tajikistan nothing for three months and had kept their passports in the site office, and ordered it to pay 2.4 million rubles.
"""

REGIONAL = """Shymkent Khabar
Kazakhstan · South · Shymkent · 3 May 2026, 10:05

Police in Shymkent have opened a case against a labour broker who took fees from thirty migrant workers for non-existent jobs in Russia.
"""


def test_a_digests_issue_line_names_sections_not_the_outlet() -> None:
    assert analyse(DIGEST, META).meta.outlet == "Employment Case Digest"


def test_a_compass_desk_is_no_outlet() -> None:
    assert analyse(REGIONAL, META).meta.outlet != "South"


def test_near_miss_a_masthead_with_a_compass_word_is_the_outlet() -> None:
    text = REGIONAL.replace("Shymkent Khabar\n", "South Steppe Herald\n")
    assert analyse(text, META).meta.outlet == "South Steppe Herald"
