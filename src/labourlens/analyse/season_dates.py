"""Points in time told by season, resolved against the report's date (northern-hemisphere seasons: spring
March to May, summer June to August, autumn September to November, winter December to February):

- "last summer", "this past winter": the latest such season that had ended by the report's date;
- "this winter", "this spring": the one the report's date falls in, else the nearest one of its year;
- "since spring", "since last winter": from the start of that season to the report's date;
- "in the summer of 2023", "in spring 2024": that year's season (a winter given a year is left to the year alone,
  since writers mean either end of it).

Each is a ``relative`` mention of month precision. Lengths told in seasons ("for three winters") are
:mod:`labourlens.analyse.season_durations`'s."""

from __future__ import annotations

import re
from datetime import date, timedelta

from labourlens.analyse.gated import gated
from labourlens.model import TimeMention

__all__ = ["find"]

_EXTRACTOR = "time.v1"
_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_S = "spring|summer|autumn|fall|winter"
# (gated: the case-blind scans tried every character of the text; most reports name no season)
_POINT = gated(
    rf"\b(?:(?P<since>since)\s+(?:the\s+)?(?:(?P<since_last>last|this\s+past)\s+)?(?P<s1>{_S})\b"
    rf"|(?P<last>last|this\s+past)\s+(?P<s2>{_S})\b"
    rf"|this\s+(?P<s3>{_S})\b"
    rf"|(?:in|during|over|by|until)\s+(?:the\s+)?(?P<s4>{_S})\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
_ANY_SEASON = gated(r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)


def _span(season: str, year: int) -> tuple[date, date]:
    """First and last day of ``season`` starting in ``year`` (winter runs into the next year)."""
    start = date(year, _START_MONTH[season], 1)
    m = start.month + 3
    end = date(year + (m - 1) // 12, (m - 1) % 12 + 1, 1) - timedelta(days=1)
    return start, end


def _latest_ended(season: str, pub: date) -> tuple[date, date]:
    for year in (pub.year, pub.year - 1, pub.year - 2):
        start, end = _span(season, year)
        if end < pub:
            return start, end
    return _span(season, pub.year - 2)


def _latest_started(season: str, pub: date) -> tuple[date, date]:
    for year in (pub.year, pub.year - 1):
        start, end = _span(season, year)
        if start <= pub:
            return start, end
    return _span(season, pub.year - 2)


def _this(season: str, pub: date) -> tuple[date, date]:
    spans = [_span(season, y) for y in (pub.year - 1, pub.year)]
    inside = [s for s in spans if s[0] <= pub <= s[1]]
    if inside:
        return inside[0]
    return min(spans, key=lambda s: min(abs((s[0] - pub).days), abs((s[1] - pub).days)))


def find(text: str, published: date | None) -> list[TimeMention]:
    """Season points in ``text`` (none without a report date, except a season given with its year)."""
    if _ANY_SEASON.search(text) is None:
        return []
    out: list[TimeMention] = []
    for m in _POINT.finditer(text):
        season = next(g for g in (m.group("s1"), m.group("s2"), m.group("s3"), m.group("s4")) if g).lower()
        season = "autumn" if season == "fall" else season
        if m.group("year"):
            if season == "winter":
                continue
            start, end = _span(season, int(m.group("year")))
        elif published is None:
            continue
        elif m.group("since"):
            start, _ = _latest_ended(season, published) if m.group("since_last") else _latest_started(season, published)
            end = published
        elif m.group("last"):
            start, end = _latest_ended(season, published)
        else:
            start, end = _this(season, published)
        first = m.start("s4") if m.group("s4") else m.start()  # "summer of 2023", not "in the summer of 2023"
        out.append(TimeMention(start=first, end=m.end(), text=text[first:m.end()], kind="relative", date=start.isoformat(),
                               date_end=end.isoformat(), precision="month", extractor=_EXTRACTOR))
    return out
