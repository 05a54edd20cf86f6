"""A known outlet's name at the start of a longer name is that outlet only when the words after it are an
edition's, a language service's, a section's or a place's ("Daily NK English", "Radio Free Asia Korean Service",
"NK News Explainer", "Khaleej Times Dubai"), not more of another name ("Al-Rai Al-Kuwaiti" is not Al Rai,
"Gulf Times Weekly" is not Gulf Times). The longer names are made up for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import outlets
from labourlens.analyse.meta import detect
from labourlens.analyse.sentences import split


@pytest.mark.parametrize("name,want", [
    ("Daily NK English", "Daily NK"),
    ("Radio Free Asia Korean Service", "Radio Free Asia"),
    ("Yonhap News Agency (Seoul)", "Yonhap"),
    ("NK News Explainer", "NK News"),
    ("Khaleej Times Dubai", "Khaleej Times"),
    ("KBS World Radio", "KBS"),
    ("Al-Rai Al-Kuwaiti", None),
    ("Gulf Times Weekly", None),
    ("Daily Star Tribune", None),
    ("Okaz Sport Gazette", None),
])
def test_prefix_of_a_longer_name(name: str, want: str | None) -> None:
    o = outlets.resolve(name)
    assert (o.name if o else None) == want


def test_masthead_of_another_outlet_is_kept() -> None:
    text = ("Al-Rai Al-Watani | Local | 5 May 2024\n\nLabour camp raided in Jleeb\n\n"
            "Inspectors found 200 workers in a building licensed for 60, Al-Rai Al-Watani has learned. "
            "Al-Rai Al-Watani could not reach the company for comment.")
    meta = detect(text, split(text), {"published": "2024-05-05", "language": "en"})
    assert meta.outlet != "Al Rai"
