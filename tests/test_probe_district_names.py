"""Districts named as districts ("from Harda district", "in Alpha and Beta districts of Madhya Pradesh", "the
districts of ...") are places even when the gazetteer does not list them, and a hyphenated district is one place,
not the towns inside its name (analyse.district_names). Texts written for this test; the reports are fictional,
the districts real or invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-01-10", "language": "en"}


def _places(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name.lower()) for p in analyse(text, _META).places}


def test_districts_named_before_the_word() -> None:
    got = _places("Sugar-cane cutters from Korkotta and Vashimba districts of Maharashtra said the contractor kept "
                  "their wages. Others came from Pune.")
    assert ("IN", "korkotta") in got
    assert ("IN", "vashimba") in got


def test_hyphenated_district_is_one_place() -> None:
    got = _places("Families from the Dhule-Nandurbar district travelled to kilns near Pune in Maharashtra. Most "
                  "return to Nashik each May.")
    assert ("IN", "dhule-nandurbar") in got
    assert ("IN", "dhule") not in got


def test_districts_listed_after_the_word() -> None:
    got = _places("Zone A covers the districts of Pune, Korkotta and Vashimba; the rest of Maharashtra is Zone B. "
                  "Inspectors in Mumbai checked the kilns.")
    assert {("IN", "korkotta"), ("IN", "vashimba")} <= got


def test_compass_and_business_districts_are_not_places() -> None:
    got = _places("Workers in Mumbai's Central district and the Financial district of Pune in Maharashtra "
                  "were paid late.")
    assert not any(name in ("central", "financial") for _, name in got)
