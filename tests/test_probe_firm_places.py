"""Places of compliance reports: a country that ends a firm's legal name ("PT Jaya Baja Indonesia", "Halden
Vietnam Co., Ltd") is no place; districts and towns that labour reports name (a nickel regency of Sulawesi, a
fishing district of Nghe An, an island district of Abu Dhabi, the seafood town of Mahachai) are. Texts written for
this probe: fictional firms and people; real places."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import META


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in analyse(text, META).places}


@pytest.mark.parametrize("text", [
    "Welders at PT Jaya Baja Indonesia said they had not been paid for two months.",
    "The union at PT. Sinar Logam Indonesia signed a new wage agreement with management.",
    "Buyers audited Halden Vietnam Co., Ltd in March and found no violations.",
])
def test_a_country_in_a_firm_name_is_no_place(text: str) -> None:
    assert not {p for p in _places(text) if p[0] in ("Indonesia", "Vietnam")}


@pytest.mark.parametrize("text", [
    "Welders from Java said they had been sent to Indonesia's nickel smelters.",
    "The firm recruited workers in Indonesia and Vietnam for its plants.",
])
def test_a_country_named_as_such_stays(text: str) -> None:
    assert ("Indonesia", "ID") in _places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Chinese welders at the smelter park in Morowali, Central Sulawesi, said they worked without rest days.",
     ("Morowali", "ID")),
    ("Families in coastal Quynh Luu district say their sons came home from the boats without wages.",
     ("Quynh Luu", "VN")),
    ("Construction workers on a tower in Abu Dhabi's Al Reem Island say they have not been paid.",
     ("Al Reem Island", "AE")),
    ("Researchers interviewed 40 Myanmar workers in Mahachai, Thailand, last year.",
     ("Samut Sakhon", "TH")),
])
def test_districts_that_reports_name(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)
