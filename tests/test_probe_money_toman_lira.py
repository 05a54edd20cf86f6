"""Probes of money shapes: a unit worth several of its currency's unit (the toman, ten rials), the lira's old
abbreviation written after the number, a figure restated in the same currency under another name, and a bare
"lira" in a report that names people's nationalities or another currency written in full."""

from __future__ import annotations

from labourlens.analyse import money


def _money(text: str) -> dict[str, tuple[str | None, float | None, float | None, float | None]]:
    return {a.text: (a.currency, a.value, a.low, a.high) for a in money.find(text) if a.kind == "money"}


def test_tomans_are_ten_rials() -> None:
    got = _money("A porter at a Tabriz bazaar said the trader owed him 35 million tomans for the winter.")
    assert got["35 million tomans"] == ("IRR", 350_000_000, None, None)


def test_toman_range_scaled_at_both_ends() -> None:
    got = _money("Loaders in Bandar Abbas said they borrowed 5 million to 9 million tomans from the foreman.")
    assert got["5 million to 9 million tomans"] == ("IRR", None, 50_000_000, 90_000_000)


def test_toman_restatement_of_rials_is_its_own_amount() -> None:
    got = _money("The guard's monthly pay is 95 million rials (9.5 million tomans), the Kerman office said.")
    assert got["95 million rials"][1] == 95_000_000
    assert got["9.5 million tomans"] == ("IRR", 95_000_000, None, None)


def test_tl_after_the_number_is_the_lira() -> None:
    got = _money("The Bursa dye house was fined 2,350,000 TL, and a dyer said he earned 21,500 TL a month.")
    assert got["2,350,000 TL"][0] == "TRY"
    assert got["21,500 TL"][:2] == ("TRY", 21_500)


def test_bare_lira_beside_syrian_pounds_is_turkish() -> None:
    text = ("Konya - A packer at a Konya warehouse said she was paid 19,000 lira monthly, and that her brother "
            "in Hama lives on 900,000 Syrian pounds.")
    got = _money(text)
    assert got["19,000 lira"][0] == "TRY"
    assert got["900,000 Syrian pounds"][0] == "SYP"


def test_bare_lira_after_listed_nationalities_is_not_the_syrian_pound() -> None:
    text = ("Gaziantep - Pickers of Syrian, Iraqi and Turkish families at a pistachio farm near Nizip said they "
            "were paid 700 lira a day.")
    assert _money(text)["700 lira"][0] == "TRY"


def test_bare_lira_after_a_predicated_nationality_is_not_the_syrian_pound() -> None:
    text = ("Of the 60 tailors we met in Mersin, 41 were Syrian, and most earned 6,100 lira a week.")
    assert _money(text)["6,100 lira"][0] == "TRY"
