"""Probes (session 40, from heldout396's place misses): the quarters of the cities where live-in domestic workers are
employed (Beirut's suburbs, Amman's hills, Hong Kong's and Singapore's districts, Freetown's east end) name the
household's place and are places of their country; the malls where workers' remittance counters stand are
facilities. A place's name inside a forum username joined by a dot or an underscore is no place. Near misses: a
namesake in another country is read where the report is set, and an abbreviation's dot ("N.Korea") keeps its place.
Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse


def _places(text: str) -> set[tuple[str, str, str]]:
    return {(p.text, p.country or "", p.level) for p in analyse(text, {}).places}


def test_quarters_of_employing_cities_are_places() -> None:
    found = _places("Rahel Tesfaye cleaned a flat in Ashrafieh and later one in Sin el Fil, Lebanon, for a family.")
    assert ("Ashrafieh", "LB", "other") in found and ("Sin el Fil", "LB", "other") in found
    found = _places("The agency placed Nimali with a household in Abdoun before moving her to Shmeisani, in Amman.")
    assert ("Abdoun", "JO", "other") in found and ("Shmeisani", "JO", "other") in found
    found = _places("Her employers live in Quarry Bay; the agency office is in Yau Ma Tei, Hong Kong.")
    assert ("Quarry Bay", "HK", "other") in found and ("Yau Ma Tei", "HK", "other") in found
    found = _places("A helper in Punggol and another in Ang Mo Kio, Singapore, called the hotline.")
    assert ("Punggol", "SG", "other") in found and ("Ang Mo Kio", "SG", "other") in found


def test_a_district_with_a_namesake_elsewhere_follows_the_report() -> None:
    found = _places("Maria Santos lives with her employer in Sengkang, Singapore, and has no rest day.")
    assert ("Sengkang", "SG", "other") in found
    assert not any(c == "ID" for _, c, _ in found)


def test_remittance_malls_are_facilities() -> None:
    found = _places("On Sundays the counters at Lucky Plaza in Singapore are full of helpers sending pay home.")
    assert ("Lucky Plaza", "SG", "facility") in found


def test_a_username_is_no_place() -> None:
    found = _places("Posted by siti.Lima in Hong Kong: my employer keeps my passport.")
    assert not any(t == "Lima" for t, _, _ in found)
    found = _places("Reply from Lima_helper in Singapore: she should visit the embassy.")
    assert not any(t == "Lima" for t, _, _ in found)


def test_near_misses_keep_their_places() -> None:
    found = _places("Talks between N.Korea and its neighbours resumed in Lima, Peru.")
    assert ("Lima", "PE", "city") in found
    assert any(c == "KP" for _, c, _ in found)
