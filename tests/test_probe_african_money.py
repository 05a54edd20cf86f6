"""Money of Africa (probe study-295): the Congolese franc written "FC", the Mauritanian ouguiya, CFA francs told
West (XOF) or Central (XAF) by the towns of the country around them, a bare "pounds" in a report set in a Sudanese
town and paid as a price ("sold for 3 million pounds", "rose each month by 20,000 pounds"), and a debt owed in the
currency of the sums before it ("I owe 400,000"). Every text is written for this test; people and firms are
fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-01", "language": "en"}


def _amounts(text: str) -> dict[str, tuple[str | None, float | None]]:
    a = analyse(text, META)
    return {x.text: (x.currency, x.value) for x in a.amounts}


@pytest.mark.parametrize("text,span,currency", [
    ("In Likasi, a trader lent the boy's family 60,000 FC for school fees.", "60,000 FC", "CDF"),
    ("The trader in Lubumbashi bought each sack for FC 12,000.", "FC 12,000", "CDF"),
    ("The herder in Kiffa was promised 3,000 ouguiyas a month and never got them.", "3,000 ouguiyas", "MRU"),
    ("The court in Atar ordered the family to pay her 200,000 new ouguiya.", "200,000 new ouguiya", "MRU"),
])
def test_written_forms_of_african_currencies(text: str, span: str, currency: str) -> None:
    got = _amounts(text)
    assert span in got and got[span][0] == currency


def test_cfa_francs_take_the_country_of_the_town_nearest() -> None:
    text = ("Gold diggers from Chad and Sudan work the pits of the region.\n\n"
            "In Maradi, a digger said the trip cost him 90,000 CFA francs, paid by the pit owner.\n\n"
            "In Abéché, a recruiter said he charged 40,000 CFA francs a head.\n")
    got = _amounts(text)
    assert got["90,000 CFA francs"][0] == "XOF"
    assert got["40,000 CFA francs"][0] == "XAF"


def test_bare_pounds_in_a_sudanese_town_paid_as_a_price() -> None:
    text = ("Miners in the gold fields near Egypt's border work for well owners.\n\n"
            "A digger in Atbara said he had been sold to another owner for 3 million pounds, and that his debt "
            "rose each month by 20,000 pounds for bread.\n")
    got = _amounts(text)
    assert got.get("3 million pounds", (None,))[0] == "SDG"
    assert got.get("20,000 pounds", (None,))[0] == "SDG"


def test_a_debt_owed_takes_the_currency_before_it() -> None:
    text = ("A digger from Maradi said: \"My bus fare was 50,000 FCFA, lent by the pit owner, then he lent for rice and fuel. "
            "Now I owe 400,000. He keeps the book.\"\n")
    got = _amounts(text)
    assert got.get("400,000", (None,))[0] == "XOF"


def test_fc_outside_the_dr_congo_is_no_money() -> None:
    got = _amounts("In Lagos, 3 FC players said the club paid them late.\n")
    assert not any(cur == "CDF" for cur, _ in got.values())
