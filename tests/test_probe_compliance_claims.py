"""The accused party's assertion of the lawful opposite ("The general contractor said it had paid the subcontractor in
full", "the department said the men lived there voluntarily") is a denial, so a negated claim. A firm's admission that
"the wages had not been paid on time" keeps its reading. Every text is written for this
test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD

META = {"published": "2025-03-01", "language": "en"}


def _polarity(text: str, frag: str) -> str:
    a = analyse(LEAD + text, META)
    return next(c for c in a.claims if frag in c.text).polarity


@pytest.mark.parametrize("text,frag", [
    ("Forty builders at a site in Kazan have not been paid since June. The general contractor, Volga Stroi, said it had "
     "paid the subcontractor in full.", "paid the subcontractor in full"),
    ("Fifteen men were filmed behind a barred door in a hostel in Kazan. According to the police department, the men "
     "said they lived there voluntarily.", "lived there voluntarily"),
])
def test_accused_partys_compliance_is_a_denial(text: str, frag: str) -> None:
    assert _polarity(text, frag) == "negated"


def test_admitted_late_pay_keeps_its_reading() -> None:
    text = ("Forty builders at a site in Kazan have not been paid since June. The general contractor, Volga Stroi, said "
            "the wages had not been paid on time since June.")
    assert _polarity(text, "had not been paid on time") == "affirmed"


def test_pay_to_a_go_between_is_no_denial() -> None:
    text = ("Forty builders at a site in Kazan have not been paid since June. The general contractor, Volga Stroi, said "
            "it paid the recruitment agent in full every month.")
    assert _polarity(text, "paid the recruitment agent in full") == "affirmed"
