"""Central Asian and Mongolian places as English reports write them: towns by their Russian-era spellings
(gazetteer alternates for every city of the transliterated countries), districts named as districts in Central Asia,
a Mongolian soum or a Pakistani tehsil named by its own unit word (analyse.district_names), Mongolian provinces by
their common romanisation, and the Fergana Valley. Texts written for this test; the people and farms are fictional,
the districts invented."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-10-02", "language": "en"}


def _places(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name.lower()) for p in analyse(text, _META).places}


def test_russian_era_spellings_of_uzbek_and_tajik_towns() -> None:
    got = _places("Nurses from Denau and Shurchi in Uzbekistan's Surkhandarya region spent October in the fields. "
                  "A cousin in Khorog, Tajikistan, lent one of them the bus fare.")
    assert {("UZ", "denov"), ("UZ", "shorchi"), ("TJ", "khorog")} <= got


def test_districts_named_as_districts_in_uzbekistan_and_a_city_ward_in_kazakhstan() -> None:
    got = _places("Pickers from the Zarbuloq and Yashilkent districts of Karakalpakstan said the farm kept their pay. "
                  "In Kazakhstan, plasterers on a tower in Almaty's Tosbulak district said the same.")
    assert {("UZ", "zarbuloq"), ("UZ", "yashilkent"), ("KZ", "tosbulak")} <= got


def test_a_soum_and_a_tehsil_are_places_in_their_own_countries_only() -> None:
    got = _places("Loaders at a pit in Khavtsgait soum of Mongolia's South Gobi province lost a day's pay for each missed shift.")
    assert ("MN", "khavtsgait") in got
    got = _places("Brick-kiln families from Kotmirpur tehsil in Pakistan's Punjab owe the owner their wages.")
    assert ("PK", "kotmirpur") in got
    got = _places("The Vermont soum of dairy farms and a Zenith tehsil of the firm in Ohio closed.")
    assert not any(n in ("vermont soum", "zenith") for _, n in got)


def test_mongolian_provinces_by_their_common_romanisation_and_the_fergana_valley() -> None:
    got = _places("Herders from Uvurkhangai province and from Middle Gobi province in Mongolia signed on at the mine.")
    assert {("MN", "ovorkhangai"), ("MN", "dundgovi")} <= got
    got = _places("The mill buys its yarn in the Fergana Valley, on the Uzbek side, from farms in Namangan.")
    assert ("UZ", "fergana valley") in got


def test_a_russian_style_ward_takes_no_country_from_the_migrants_home() -> None:
    got = _places("Police found 30 citizens of Tajikistan from Vahdat and Kulob at a depot in the Zarechinsky district "
                  "on Friday; families in Dushanbe and Bokhtar in Tajikistan were told by phone.")
    assert not any(n == "zarechinsky" for _, n in got)
