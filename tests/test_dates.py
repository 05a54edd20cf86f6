"""dates.find and dates.publication_date: absolute, relative and durations."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import dates
from labourlens.model import TimeMention

WED = date(2024, 5, 15)  # a Wednesday


def one(text: str, published: date | None = WED) -> TimeMention:
    found = dates.find(text, published)
    assert len(found) == 1, [(t.text, t.kind) for t in found]
    t = found[0]
    assert text[t.start : t.end] == t.text
    assert t.extractor == "time.v1"
    return t


@pytest.mark.parametrize(
    ("text", "iso", "precision", "kind"),
    [
        ("It happened on March 3, 2024, at night.", "2024-03-03", "day", "date"),
        ("It happened on 3 March 2024.", "2024-03-03", "day", "date"),
        ("It happened in March 2023.", "2023-03-01", "month", "date"),
        ("It began in 2019.", "2019-01-01", "year", "date"),
        ("dated 2024-02-29 in the file", "2024-02-29", "day", "date"),
        ("On Jan. 5 they left.", "2024-01-05", "day", "relative"),
        ("On Sept. 5 they left.", "2023-09-05", "day", "relative"),
        ("in the 1990s", "1990-01-01", "decade", "date"),
    ],
)
def test_absolute_dates(text: str, iso: str, precision: str, kind: str) -> None:
    t = one(text)
    assert (t.date, t.precision, t.kind) == (iso, precision, kind)


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("a source said on Wednesday", "2024-05-15", "day"),
        ("the ministry said on Tuesday", "2024-05-14", "day"),
        ("the ministry said on Thursday", "2024-05-09", "day"),
        ("they met last Wednesday", "2024-05-08", "day"),
        ("they met yesterday", "2024-05-14", "day"),
        ("it started last year", "2023-01-01", "year"),
        ("it started this year", "2024-01-01", "year"),
        ("it started last month", "2024-04-01", "month"),
        ("it started earlier this month", "2024-05-01", "month"),
        ("they left two years ago", "2022-01-01", "year"),
        ("they left three days ago", "2024-05-12", "day"),
        ("300 workers arrived at the port in March", "2024-03-01", "month"),
        ("they arrived in November", "2023-11-01", "month"),
    ],
)
def test_relative_resolved_against_publication(text: str, iso: str, precision: str) -> None:
    t = one(text)
    assert (t.kind, t.date, t.precision) == ("relative", iso, precision)


def test_since_is_a_period_up_to_publication() -> None:
    t = one("They have been confined since January.")
    assert (t.date, t.date_end, t.precision) == ("2024-01-01", "2024-05-15", "month")
    assert t.text == "since January"
    t = one("They have been confined since November.")
    assert (t.date, t.date_end) == ("2023-11-01", "2024-05-15")


def test_since_a_year_or_last_year() -> None:
    t = one("Workers have been stuck there since 2019.")
    assert (t.text, t.date, t.date_end) == ("since 2019", "2019-01-01", "2024-05-15")
    t = one("Workers have been stuck there since last year.")
    assert (t.text, t.date, t.date_end) == ("since last year", "2023-01-01", "2024-05-15")


@pytest.mark.parametrize(("text", "span", "days"), [("detained for a year", "a year", 365),
                                                     ("he spent a month there", "a month", 29.5)])
def test_a_single_unit_after_for(text: str, span: str, days: float) -> None:
    t = one(text)
    assert (t.kind, t.text, t.days_low) == ("duration", span, days)
    assert [a.kind for a in dates.find("earns $5 a year", WED)] == []


def test_year_boundary() -> None:
    jan = date(2025, 1, 10)
    assert one("They were sent home last December.", jan).date == "2024-12-01"
    assert one("They were sent home in December.", jan).date == "2024-12-01"
    assert one("It began last month.", jan).date == "2024-12-01"
    assert one("It began last year.", jan).date == "2024-01-01"
    assert one("They left on Dec. 30.", jan).date == "2024-12-30"
    assert one("They left last week.", jan).date == "2024-12-30"


def test_unresolved_without_publication_date() -> None:
    t = one("a source told Daily NK on Wednesday", None)
    assert (t.kind, t.date, t.precision) == ("relative", None, "day")
    assert one("It began in 2019.", None).date == "2019-01-01"


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("unable to earn an income for the past two months", "the past two months", 55, 62),
        ("have not been paid for at least four months", "at least four months", 118, 366),
        ("who spent three years at a logging camp", "three years", 1094, 1097),
        ("held for 10 days", "10 days", 10, 10),
        ("for six weeks", "six weeks", 42, 42),
        ("a three-year contract", "three-year", 1094, 1097),
        ("in the past week", "the past week", 7, 7),
        ("over the past year", "the past year", 365, 366),
        ("for several months", "several months", 59, 276),
        ("more than two months after the deadline", "more than two months", 59, 120),
        ("More than two years after the border closed", "More than two years", 731, 1000),
        ("trained there for two weeks before the match", "two weeks", 14, 14),
        ("earned $2 million over two years", "two years", 725, 732),
        ("worked there for over two years", "over two years", 731, 1000),
        ("stayed two or three years", "two or three years", 730, 1097),
    ],
)
def test_durations(text: str, span: str, low: float, high: float) -> None:
    t = one(text)
    assert (t.kind, t.text) == ("duration", span)
    assert low <= t.days_low <= t.days_high <= high  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "with two days off a month",
        "Pak, 41, worked there",
        "a 41-year-old man",
        "worked 12 hours a day",
        "They work seven days, from dawn to dusk.",
        "from five in the morning until ten at night",
        "May workers leave?",
        "He paid $2019 in fees",
        "about 300 workers",
    ],
)
def test_not_time(text: str) -> None:
    assert [t.text for t in dates.find(text, WED) if t.kind != "relative" or t.date] == []


def test_ago_is_relative_not_duration() -> None:
    t = one("He escaped three years ago.")
    assert t.kind == "relative"


def test_mentions_in_order_with_exact_spans() -> None:
    text = "On Tuesday, a report from 2023 said that for the past two months, since March, workers were confined."
    found = dates.find(text, WED)
    assert [t.kind for t in found] == ["relative", "date", "duration", "relative"]
    for t in found:
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers stranded\nPublished: 12 March 2021\nSEOUL, March 10, 2021 — Text.", ("2021-03-12", "day")),
        ("By Kim Lee | May 15, 2024\n\nText about workers in 2019.", ("2024-05-15", "day")),
        ("Posted on 2023-07-01\nText.", ("2023-07-01", "day")),
        ("No date anywhere here.", None),
        ("SEOUL, May 15, 2024 (Yonhap) -- North Korean workers were sent home.", ("2024-05-15", "day")),
        ("Updated: 3 June 2022 09:00\nText.", ("2022-06-03", "day")),
        ("Headline\n\nThe plant, which opened on March 3, 2021, and employs hundreds of workers from the North, "
         "was raided by inspectors who found many things wrong with it.", None),
        ("Workers in 2019 were sent.", None),
    ],
)
def test_publication_date(text: str, expected: tuple[str, str] | None) -> None:
    assert dates.publication_date(text) == expected


def test_published_may_be_a_string_or_datetime() -> None:
    from datetime import datetime

    assert one("last year", "2024-05-15T10:00:00Z").date == "2023-01-01"  # type: ignore[arg-type]
    assert one("last year", datetime(2024, 5, 15, 10)).date == "2023-01-01"
    assert one("last year", "not a date").date is None  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["some 2000 workers arrived", "about 1990 people", "2000 North Korean workers"])
def test_head_counts_are_not_years(text: str) -> None:
    assert dates.find(text, WED) == []


def test_the_past_n_units_is_also_a_period_ending_at_publication() -> None:
    t = one("in the past week")
    assert (t.kind, t.days_low, t.date, t.date_end) == ("duration", 7, "2024-05-08", "2024-05-15")
    t = one("for the past two months", None)
    assert (t.kind, t.date) == ("duration", None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("for three months", 89, 91.5),  # the shortest three consecutive months, at most 30.5 days a month
        ("for five months", 150, 152.5),
        ("for the past eighteen months", 546, 549),
        ("for more than three years", 1096, 1315.2),  # more than three, at most a fifth more
        ("for at least four months", 120, 122),  # (s41) "at least N" is N, the floor the writer gives
        ("for almost five months", 138, 149.7),  # a little short of five: 92% of it, up to just under the shortest five
        ("for nearly two years", 671.6, 728.54),
        ("for up to two years", 730, 731),  # "up to N" gives N as the length
        ("for more than eleven months", 335.5, 365),  # never past the next whole unit
    ],
)
def test_durations_are_calendar_spans(text: str, low: float, high: float) -> None:
    t = one("They stayed " + text + ".")
    assert (t.days_low, t.days_high) == (low, high)


def test_calendar_days() -> None:
    assert dates.calendar_days("month", 1) == (28, 30.5)
    assert dates.calendar_days("month", 12) == (365, 366)
    assert dates.calendar_days("year", 1) == (365, 366)
    assert dates.calendar_days("year", 4) == (1461, 1461)
    assert dates.calendar_days("week", 2) == (14, 14)
    assert dates.calendar_days("month", 1.5) == (1.5 * 29.5, 1.5 * 30.5)
