"""Probes (s334): forced-labour indicators worded in the reporting on crews sent abroad. Everything workers earned
handed on to a boss is withheld wages (not when it goes to their families); workers frightened of their minder are
under intimidation; workers barred from a plant's canteen are isolated. Districts of Vientiane, Abuja and
Luanda are places. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse import claims


def _indicators(text: str) -> set[str]:
    return {h.indicator for h in claims._match(text, 0).hits}


def test_everything_earned_handed_on_to_a_boss_is_withheld() -> None:
    assert "withholding_of_wages" in _indicators("The tilers handed nearly everything they earned to the site boss.")
    assert "withholding_of_wages" not in _indicators("The tilers handed everything they earned to their families.")


def test_workers_frightened_of_their_minder() -> None:
    assert "intimidation_and_threats" in _indicators("The seamstresses seemed frightened of him whenever he came in.")


def test_barred_from_the_plants_canteen() -> None:
    assert "isolation" in _indicators("The welders were never allowed to use the factory's canteen.")


def test_districts_of_vientiane_abuja_and_luanda_are_places() -> None:
    from labourlens.analyse.pipeline import analyse

    a = analyse("The coders rented flats in Sisattanak and Xaysetha; the students were seen in Garki and the "
                "sculptors in Cidade Alta.\n", {})
    assert {(p.text, p.country) for p in a.places} >= {("Sisattanak", "LA"), ("Xaysetha", "LA"), ("Garki", "NG"),
                                                      ("Cidade Alta", "AO")}
