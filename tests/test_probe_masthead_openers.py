"""Probe of page heads (study of a held-out set on bonded labour): an Urdu paper's name opened by its word for a
daily ("Roznama ...") is the outlet, and the town after a byline's bar ("By R. Thapa | Pokhara | 9 July 2026") is
where the report was filed, not the outlet. The pages, papers and people are our own."""
from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

BODY = ("\n\nKiln families in the hills owe more than ever\n\nFamilies in bonded labour at kilns near the town say their "
        "debts grew this season, a union leader said.\n")


@pytest.mark.parametrize("page,outlet", [
    ("Roznama Pahad Awaz | Quetta edition\n12 March 2026" + BODY, "Roznama Pahad Awaz"),
    ("Rozana Sindh Khabar | Sukkur edition\n2 May 2026" + BODY, "Rozana Sindh Khabar"),
    ("HIMALAYAN TRADE DAILY\nTextiles | Premium\n\nKilns turn to hill workers\n\nBy R. Thapa | Pokhara | 9 July 2026"
     + BODY, "Himalayan Trade Daily"),
])
def test_outlet_of_the_page(page: str, outlet: str) -> None:
    assert analyse(page, {"published": None, "language": "en"}).meta.outlet == outlet


def test_byline_outlet_kept() -> None:
    page = "Kilns turn to hill workers\n\nBy R. Thapa | Kathmandu Ledger | 9 July 2026" + BODY
    assert analyse(page, {"published": None, "language": "en"}).meta.outlet == "Kathmandu Ledger"
