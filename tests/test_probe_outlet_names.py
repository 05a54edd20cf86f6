"""A one-word known outlet name followed by a word of another medium is another outlet ("Peninsula Wire" is not
the newspaper The Peninsula), while a wire or broadcaster may carry such words ("Yonhap News Agency"). Outlet
names of the stories are fictional; the known outlets are the lexicon's."""

from __future__ import annotations

import pytest

from labourlens.analyse import outlets
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("name,known", [
    ("Peninsula Wire", None),
    ("Fontanka Radio", None),
    ("Okaz TV", None),
    ("The Peninsula", "The Peninsula"),
    ("Yonhap News Agency", "Yonhap"),
    ("Montsame Agency", "Montsame"),
    ("Daily NK English", "Daily NK"),
])
def test_resolve_keeps_other_media_apart(name: str, known: str | None) -> None:
    hit = outlets.resolve(name)
    assert (hit.name if hit else None) == known


def test_a_wire_dateline_with_a_newspapers_word_is_the_wires_own_outlet() -> None:
    text = ("Welders unpaid at Doha tower\n"
            "DOHA, Qatar (Peninsula Wire) — North Korean welders on a hotel tower have not been paid for months, "
            "two people familiar with the matter said.")
    a = analyse(text, {"published": "2025-03-01", "language": "en"})
    assert a.meta.outlet != "The Peninsula"
