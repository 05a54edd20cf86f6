"""The outlets list: resolve() and find_mentions()."""

from __future__ import annotations

import pytest

from labourlens.analyse import outlets


@pytest.mark.parametrize(
    "written,canonical",
    [
        ("Daily NK", "Daily NK"),
        ("daily nk", "Daily NK"),
        ("RFA", "Radio Free Asia"),
        ("RFA's Korean Service", "Radio Free Asia"),
        ("Yonhap News Agency", "Yonhap"),
        ("the Guardian", "The Guardian"),
        ("The Guardian's", "The Guardian"),
        ("AP", "Associated Press"),
        ("NK Pro", "NK News"),
        ("https://www.dailynk.com/english/", "Daily NK"),
        ("Kyodo", "Kyodo News"),
        ("TASS", "TASS"),
        ("38 North", "38 North"),
    ],
)
def test_resolve(written: str, canonical: str) -> None:
    o = outlets.resolve(written)
    assert o is not None and o.name == canonical


def test_resolve_unknown_and_empty() -> None:
    assert outlets.resolve("The Fictional Courier of Nowhere") is None
    assert outlets.resolve("") is None


def test_outlet_fields() -> None:
    o = outlets.resolve("Yonhap")
    assert o is not None and o.country == "KR" and o.type == "wire" and "Yonhap News Agency" in o.aliases


def test_find_mentions_longest_first() -> None:
    text = "Yonhap News Agency said, and Radio Free Asia's Korean Service reported."
    got = [(text[s:e], o.name) for s, e, o in outlets.find_mentions(text)]
    assert got == [("Yonhap News Agency", "Yonhap"), ("Radio Free Asia's Korean Service", "Radio Free Asia")]


def test_short_aliases_need_context() -> None:
    assert outlets.find_mentions("He took an AP course and the FT exam.") == []
    got = [o.name for _, _, o in outlets.find_mentions("SEOUL (AP) \u2014 Workers said, AP reported.")]
    assert got == ["Associated Press", "Associated Press"]


def test_generic_names_inside_longer_names() -> None:
    text = "The National Intelligence Service briefed lawmakers."
    assert outlets.find_mentions(text) == []
