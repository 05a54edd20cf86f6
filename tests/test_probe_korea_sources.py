"""Probe of inside sources of specialist Korea outlets (items translated from Korean): sources placed by
province or city, traders, company insiders, back-references that tell two sources apart, and the
outlet's own voice. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.source_places import distinct_regions

HEAD = "Dispatched workers face new rules\n"
ANON = "anonymous_source"


def _speakers(text: str) -> list[tuple[str, str | None, str | None, str]]:
    a = analyse(HEAD + text, {"published": "2025-03-01", "language": "en"})
    out = []
    for c in a.claims:
        s = a.source(c.source)
        out.append((c.text, s.wording if s else None, s.kind if s else None, c.source))
    return out


def _claim(rows: list[tuple[str, str | None, str | None, str]], frag: str) -> tuple[str | None, str | None, str]:
    row = next((r for r in rows if frag in r[0]), None)
    assert row is not None, f"no claim with {frag!r} in {rows}"
    return row[1], row[2], row[3]


@pytest.mark.parametrize(
    ("text", "frag", "head"),
    [
        ("A source in Kangwon Province told Daily NK that the miners were forced to work without pay.",
         "forced to work without pay", "source in Kangwon Province"),
        ("A Daily NK source in South Pyongan Province said the builders were forced to work 15 hours a day.",
         "15 hours a day", "source in South Pyongan Province"),
        ("A Yanji-based trader said the seamstresses were forced to work until midnight every day.",
         "until midnight", "Yanji-based trader"),
        ("An official at a trading company in Nampo said the dispatched workers were forced to work without pay.",
         "without pay", "official at a trading company"),
        ("A cadre at a foreign-currency company in Chongjin told Daily NK that the loggers were forced to work "
         "without pay.", "forced to work", "cadre at a foreign-currency company"),
        ("A source familiar with the matter in Jagang said the miners were forced to work 12 hours a day.",
         "12 hours a day", "source familiar with the matter"),
        ("The loggers are forced to work 16 hours a day, the source, who requested anonymity for security "
         "reasons, said.", "16 hours a day", "source"),
        ("A Musan resident told Daily NK that the brigade members were forced to work without pay.",
         "brigade members", "Musan resident"),
    ],
)
def test_inside_source_is_an_anonymous_source(text: str, frag: str, head: str) -> None:
    wording, kind, _ = _claim(_speakers(text), frag)
    assert kind == ANON
    assert wording is not None and head.lower() in wording.lower()


def test_cadre_is_a_person_not_the_outlet() -> None:
    rows = _speakers("A party cadre in Hamhung told Daily NK that the workers were forced to work without pay.")
    wording, kind, src = _claim(rows, "forced to work without pay")
    assert (kind, src != "OUTLET") == (ANON, True)
    assert wording is not None and "cadre" in wording


def test_two_provinces_are_two_sources_and_back_references_find_each() -> None:
    rows = _speakers(
        "A source in Ryanggang Province said the students were forced to work on farms without pay. "
        "A source in North Hamgyong Province said the loggers were forced to work 16 hours a day. "
        "The Ryanggang source said the guards confiscated the students' phones."
    )
    _, _, first = _claim(rows, "on farms")
    wording, _, second = _claim(rows, "16 hours a day")
    _, _, back = _claim(rows, "confiscated")
    assert first != second and back == first
    assert wording is not None and "North Hamgyong" in wording


def test_two_provinces_are_two_sources_in_either_order() -> None:
    rows = _speakers(
        "A source in South Hwanghae said the farmers were forced to work without pay. "
        "A source in North Pyongan Province told Daily NK that the guards confiscated the workers' phones."
    )
    assert _claim(rows, "without pay")[2] != _claim(rows, "confiscated")[2]


def test_negative_vague_lede_source_then_the_province_is_one_person() -> None:
    rows = _speakers(
        "A source inside North Korea said the workers were forced to work without pay. "
        "A source in North Pyongan Province told Daily NK that the guards confiscated their phones."
    )
    assert _claim(rows, "without pay")[2] == _claim(rows, "confiscated")[2]


def test_first_and_second_source_told_apart() -> None:
    rows = _speakers(
        "A source in Sinuiju said the workers were forced to work without pay. "
        "A second source said the loggers were forced to work 16 hours a day. "
        "The first source said the guards confiscated their phones."
    )
    a, b, c = (_claim(rows, f)[2] for f in ("without pay", "16 hours", "confiscated"))
    assert a != b and c == a


def test_source_added_and_multi_sentence_quote_stay_with_the_source() -> None:
    rows = _speakers(
        "A source in Pyongyang said the builders were forced to work without pay. "
        "\"They cannot complain. Anyone who does is beaten by the guards,\" the source said. "
        "The source added that their passports were confiscated by the managers."
    )
    srcs = {_claim(rows, f)[2] for f in ("without pay", "beaten by the guards", "confiscated by the managers")}
    assert len(srcs) == 1 and "OUTLET" not in srcs


def test_outlet_voice_when_no_source_is_named() -> None:
    rows = _speakers("Daily NK has learned that the seamstresses at a Dandong plant were forced to work without pay.")
    _, kind, _ = _claim(rows, "without pay")
    assert kind == "outlet"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("A source in Ryanggang Province", "a source in North Hamgyong Province", True),
        ("A source in Liaoning Province", "a source in Jilin Province", True),
        ("A source inside North Korea", "a source in North Pyongan Province", False),
        ("A source in Ryanggang", "a source in Ryanggang Province", False),
        ("A source", "a source in Ryanggang Province", False),
    ],
)
def test_distinct_regions(first: str, second: str, expected: bool) -> None:
    assert distinct_regions(first, second) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("A source in Ryanggang", "a source in Sinuiju", True),
        ("A source in Dandong", "a source in Hunchun", True),
        ("A source in Ryanggang Province", "a source in Hyesan", False),
        ("A source in Liaoning", "a Dandong source in the city of Dandong", False),
        ("A source in China", "a source in Dandong", False),
    ],
)
def test_distinct_regions_through_cities(first: str, second: str, expected: bool) -> None:
    assert distinct_regions(first, second) is expected


def test_two_cities_in_two_provinces_are_two_sources() -> None:
    rows = _speakers(
        "A source in Hunchun said the seafood workers were forced to work without pay. "
        "A source in Dandong told Daily NK that the guards confiscated the workers' phones."
    )
    assert _claim(rows, "without pay")[2] != _claim(rows, "confiscated")[2]


def test_negative_province_after_a_country_stays_one_person() -> None:
    rows = _speakers(
        "A source inside North Korea said the miners were forced to work without pay. "
        "A source in Ryanggang Province told Daily NK that the guards confiscated the miners' phones."
    )
    assert _claim(rows, "without pay")[2] == _claim(rows, "confiscated")[2]
