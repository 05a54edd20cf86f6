"""Time expressions (extractor ``time.v1``): dates, relative expressions and durations.

- ``kind="date"``: absolute dates ("March 3, 2024", "3 March 2024", "in March 2023",
  "in 2019", "Jan. 5", "2024-05-15"); a month or day without a year is the most recent one
  on or before the publication date.
- ``kind="relative"``: expressions resolved against the publication date ("on Wednesday"
  is the most recent Wednesday on or before it, the news convention; "last year", "this
  month", "earlier this month", "last December", "two years ago", "yesterday", "since
  January" = from January up to publication). Unresolved (``date=None``) without a date.
- ``kind="duration"``: day ranges ("for the past two months" = 59-62 days, "three years"
  = 1095-1096, "at least four months" = 120-122, "two or three years" = 730-1096).

Durations are calendar spans: N whole months or years run from the shortest to the
longest N consecutive months or years, months counted at no more than 30.5 days each as
reports and annotators count them ("three months" = 89-91.5 days, "a year" = 365-366),
a week is 7 days and a decade 3652-3653. "More than"/"for over"/"in over" N run from just
above the longest N units up to a fifth above the amount and never past N+1 units (a writer who meant much more
would say so); "at least" N is N (the floor the writer gives is the length annotators read, as for "up to"); "less than"/
"under" reach down to 80% of it and "nearly"/"almost", a little short, to 92%, stopping just
short of the shortest N units; "up to N" is N (the length the writer gives). "Several" is
three to six units, "a few" two to five. "N units after" is an elapsed time, so a duration; "N units
ago" is a date, and so are "N units later/before" without a "for" or a quantifier. Hours
("It took 24 hours"), fortnights and halves ("a year and a half") are durations too; what
is not a length of time (working hours, frequencies, records, "two months' wages") is
filtered in :mod:`labourlens.analyse.durations`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from labourlens.analyse import durations, full_durations, season_dates, season_durations, vague_durations
from labourlens.model import TimeMention

__all__ = ["count_word", "find", "lower_words", "publication_date", "EXTRACTOR"]

EXTRACTOR = "time.v1"

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS: dict[str, float | tuple[float, float]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "half a": 0.5, "a couple of": 2, "a few": (2, 5), "several": (3, 6), "a couple": 2,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NUMBER_WORDS.update({f"{tens}{sep}{one}": t + o for tens, t in _TENS.items() for one, o in _ONES.items()
                      for sep in ("-", " ")})  # "twenty-four", "thirty six"


def count_word(word: str) -> int | None:
    """The exact count a word or figure gives ("38", "thirty-one", "twelve"), or None (an article, a vague "several")."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    v = _NUMBER_WORDS.get(w) if w not in ("a", "an") else None
    return int(v) if isinstance(v, int | float) and v >= 1 and v == int(v) else None


# days per unit: (low, high)
_UNIT_DAYS = {"day": (1.0, 1.0), "week": (7.0, 7.0), "month": (29.5, 30.5), "year": (365.0, 365.25),
              "decade": (3652.0, 3653.0), "hour": (1 / 24, 1 / 24), "fortnight": (14.0, 14.0)}  # fmt: skip
_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "decade", "hour": "day",
              "fortnight": "day"}  # fmt: skip

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19[0-9]\d|20\d\d)"
_NUMW = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _NUMBER_WORDS), key=len, reverse=True))
_UNIT = r"(?P<unit>day|week|month|year|decade|hour|fortnight)s?"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    b = r"(?<![\w$€£¥])"
    return [
        ("iso", re.compile(rf"{b}(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
        ("mdy", re.compile(rf"\b(?P<mon>{_MON})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?(?![\d,]\d)")),
        ("dmy", re.compile(rf"{b}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b")),
        ("my", re.compile(rf"\b(?P<mon>{_MON})(?:,)?\s+(?P<y>{_YEAR})\b")),
        ("m", re.compile(
            rf"(?i:\b(?P<pre>in|since|until|till|by|from|during|through|before|after|last|this|next|early|late|mid-?|of"
            rf"|between|and|to|end\s+of|beginning\s+of))\s+(?P<mon>{_MON})\b(?!\s+\d)")),
        ("decade", re.compile(rf"{b}(?:the\s+)?(?P<y>(?:19|20)\d0)s\b")),
        ("y", re.compile(rf"{b}(?P<y>{_YEAR})(?![\d,]\d|%|\s?(?:-|–)\s?\d|s\b)")),
        ("wd", re.compile(rf"(?:(?i:\b(?P<pre>on|last|this|next|since|by|until|from)\s+))?\b(?P<wd>{_WD})\b")),
        ("dayword", re.compile(r"(?i:\b(?P<w>yesterday|today|tomorrow)\b)")),
        ("rel", re.compile(
            r"(?i:\b(?:(?P<mod>earlier|later|early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)\s+)?"
            r"(?P<which>last|this|next|past)\s+(?P<unit>week|month|year|decade)\b(?!s))")),
        ("lastmon", re.compile(rf"(?i:\b(?P<which>last|this|next))\s+(?P<mon>{_MON})\b(?!\s+\d)")),
        ("ago", re.compile(
            rf"(?i:\b(?P<n>\d+|{_NUMW})\s+{_UNIT}\s+ago\b)")),
        ("dur", re.compile(
            rf"(?i:(?:\b(?P<q>at\s+least|(?:well\s+|far\s+)?(?:more\s+than|over)|nearly|almost|about|around|roughly|up\s+to|less\s+than"
            rf"|under|some|the\s+(?:past|last|first|next|previous)|another)\s+|\b(?P<btw>between)\s+)?"
            rf"(?<![\w,.])(?P<n>\d+(?:\.\d+)?|{_NUMW})"
            rf"(?:\s*(?:or|to|-|–|(?(btw)and|(?!)))\s*(?P<n2>\d+(?:\.\d+)?|{_NUMW}))?[\s-]+"
            rf"(?:(?:consecutive|straight|successive|continuous|calendar)\s+)?{_UNIT}(?P<adj>-long|-old)?\b"  # "13 consecutive days"
            r"(?!\s+(?:ago|old|off)\b)"
            r"(?!\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|shift|night)\b))")),
        ("dur_a", re.compile(
            # "given a week to settle", "stayed a month": time allowed or spent
            r"(?i:\b(?:for|spent|lasted|took|after|within|given|granted|stayed|waited)\s+"
            r"(?:about\s+|almost\s+|nearly\s+|over\s+|only\s+|just\s+)?)"
            r"(?P<a>(?i:a|an|one))\s+(?P<unit>(?i:day|week|month|year|decade|hour|fortnight))\b")),
        ("dur1", re.compile(
            # (s48) "the previous month" names the month before a date, not a length ("handed over in the previous
            # month"; studied golds leave "in the previous year" out 4 times), while "the previous decade" is one
            r"(?i:\b(?P<q>the\s+(?:past|last|first)|the\s+previous(?=\s+decade))\s+(?P<unit>week|month|year|decade|fortnight)\b(?!s))")),
        ("dur_half", durations.HALF_PATTERN),
    ]


@lru_cache(maxsize=1)
def _pattern_table() -> dict[str, re.Pattern[str]]:
    return dict(_patterns())


def _both_cases(letters: str) -> frozenset[str]:
    return frozenset(letters.lower() + letters.upper())


_DIGITS = frozenset("0123456789")
_NUMW_FIRST = _DIGITS | _both_cases("".join(w[0] for w in _NUMBER_WORDS))
#: The ASCII characters that a match of a pattern can start with: at other word starts the
#: pattern is not tried (a non-ASCII character is always tried: case-insensitive matching
#: pairs "k" with the Kelvin sign, and "\d" matches other scripts' digits).
_FIRST_CHARS: dict[str, frozenset[str]] = {
    "iso": frozenset("12"),
    "y": frozenset("12"),
    "dmy": _DIGITS,
    "mdy": frozenset("JFMASOND"),
    "my": frozenset("JFMASOND"),
    "decade": frozenset("12t"),
    "wd": _both_cases("oltnsbuf") | frozenset("MTWFS"),
    "dayword": _both_cases("yt"),
    "rel": _both_cases("elmtnp"),
    "lastmon": _both_cases("ltn"),
    "m": _both_cases("isutbfdalnemo"),
    "ago": _NUMW_FIRST,
    "dur": _NUMW_FIRST | _both_cases("amonuslrtbwf"),
    "dur_a": _both_cases("fsltawg"),
    "dur_half": _NUMW_FIRST | _both_cases("aonhmrsl"),
    "dur1": _both_cases("t"),
}


def text_of(m: re.Match[str], group: str) -> str:
    return m.string[m.start(group) : m.end()]


_COUNT_BEFORE = re.compile(
    r"\b(?:about|some|around|nearly|almost|over|more\s+than|at\s+least|up\s+to|roughly|approximately"
    r"|fewer\s+than|less\s+than|estimated)\s+$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"\s+(?:North\s+Korean\s+)?(?:workers|labou?rers|people|employees|men|women|staff|citizens|nationals"
    r"|North\s+Koreans|migrants|persons|loggers|seamen|sailors|fishermen)\b",
    re.IGNORECASE,
)


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _mon(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _num(s: str) -> tuple[float, float]:
    s = " ".join(s.lower().split())
    if s in _NUMBER_WORDS:
        v = _NUMBER_WORDS[s]
        return (float(v[0]), float(v[1])) if isinstance(v, tuple) else (float(v), float(v))
    x = float(s)
    return x, x


def _candidate(kind: str, m: re.Match[str], pub: date | None) -> TimeMention | None:  # noqa: C901
    g = m.groupdict()
    start, end = m.start(), m.end()
    t = TimeMention(start=start, end=end, text=m.group(0), kind="date", extractor=EXTRACTOR)
    if kind == "iso":
        try:
            d = date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        t.date, t.precision = d.isoformat(), "day"
    elif kind in ("mdy", "dmy"):
        mon, day = _mon(g["mon"]), int(g["d"])
        if g.get("y"):
            year: int | None = int(g["y"])
        else:
            t.kind = "relative"
            year = None if pub is None else (pub.year if (mon, day) <= (pub.month, pub.day) else pub.year - 1)
        t.precision = "day"
        if year is not None:
            try:
                t.date = date(year, mon, day).isoformat()
            except ValueError:
                return None
        elif not 1 <= day <= 31:
            return None
    elif kind == "my":
        y, mon = int(g["y"]), _mon(g["mon"])
        t.date, t.date_end, t.precision = date(y, mon, 1).isoformat(), _month_end(y, mon).isoformat(), "month"
    elif kind in ("m", "lastmon"):
        mon = _mon(g["mon"])
        if kind == "m":
            which = "since" if g["pre"].lower() == "since" else "in"
            if which != "since":
                t.start = m.start("mon")
                t.text = m.group("mon")
        else:
            which = g["which"].lower()
        t.kind, t.precision = "relative", "month"
        if pub is not None:
            y = pub.year if mon <= pub.month else pub.year - 1
            if which == "last" and mon >= pub.month:
                y = pub.year - 1
            elif which == "next":
                y = pub.year if mon > pub.month else pub.year + 1
            elif which == "this":
                y = pub.year
            t.date = date(y, mon, 1).isoformat()
            t.date_end = pub.isoformat() if which == "since" else _month_end(y, mon).isoformat()
    elif kind == "decade":
        y = int(g["y"])
        t.date, t.date_end, t.precision = date(y, 1, 1).isoformat(), date(y + 9, 12, 31).isoformat(), "decade"
    elif kind == "y":
        if _COUNT_BEFORE.search(m.string, max(0, start - 30), start) or _COUNT_AFTER.match(m.string, end):
            return None  # "some 2000 workers" is a head count
        y = int(g["y"])
        t.date, t.date_end, t.precision = date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat(), "year"
    elif kind == "wd":
        t.kind, t.precision = "relative", "day"
        if pub is not None:
            pre = (g.get("pre") or "").lower()
            wd = _WEEKDAYS.index(g["wd"].lower())
            back = (pub.weekday() - wd) % 7
            if pre == "last" and back == 0:
                back = 7
            d = pub - timedelta(days=back)
            if pre == "next":
                d = pub + timedelta(days=((wd - pub.weekday()) % 7) or 7)
            t.date = d.isoformat()
            if pre == "since":
                t.date_end = pub.isoformat()
    elif kind == "dayword":
        t.kind, t.precision = "relative", "day"
        if pub is not None:
            off = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["w"].lower()]
            t.date = (pub + timedelta(days=off)).isoformat()
    elif kind == "rel":
        return _relative(t, g, pub)
    elif kind == "ago":
        t.kind = "relative"
        unit = g["unit"].lower()
        t.precision = _PRECISION[unit]
        lo, _hi = _num(g["n"])
        if pub is not None:
            if unit in ("month", "year", "decade"):
                months = int(round(lo * {"month": 1, "year": 12, "decade": 120}[unit]))
                d = _shift_months(pub, -months)
                t.date = (date(d.year, 1, 1) if unit != "month" else d).isoformat()
            else:
                t.date = (pub - timedelta(days=int(lo * _UNIT_DAYS[unit][0]))).isoformat()
    elif kind == "dur_a":
        lo_d, hi_d = _UNIT_DAYS[g["unit"].lower()]
        t.start, t.text, t.kind = m.start("a"), text_of(m, "a"), "duration"
        t.days_low, t.days_high = lo_d, hi_d
    elif kind in ("dur", "dur1"):
        found = _duration(t, m, g, pub)
        return found if found is None or durations.plausible(found, m.string) else None
    elif kind == "dur_half":
        t = durations.half_candidate(m, EXTRACTOR)
    if t.kind == "duration" and not durations.plausible(t, m.string):
        return None
    return t


def _relative(t: TimeMention, g: dict[str, str | None], pub: date | None) -> TimeMention | None:
    which, unit = (g["which"] or "").lower(), (g["unit"] or "").lower()
    if which == "past":
        return None  # "the past year" is a duration (dur1)
    t.kind, t.precision = "relative", _PRECISION[unit]
    if pub is None:
        return t
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        y = pub.year + step
        t.date, t.date_end = date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat()
    elif unit == "month":
        d = _shift_months(pub, step)
        t.date, t.date_end = d.isoformat(), _month_end(d.year, d.month).isoformat()
    elif unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        t.date, t.date_end = monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    else:
        y = (pub.year // 10) * 10 + 10 * step
        t.date, t.date_end = date(y, 1, 1).isoformat(), date(y + 9, 12, 31).isoformat()
    return t


_WORK_BEFORE = re.compile(r"\bwork(?:s|ed|ing)?\s+$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\b(?:for|of|after|in)\s+$", re.IGNORECASE)  # "in over a year"
_RUN_OF = re.compile(r"\b(?:consecutive|straight|successive|continuous)\s", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(r"\b(?:across|(?<!for )(?<!in )over|per|every|each|any)\s+$", re.IGNORECASE)  # not "for over"
# "more than two years" rarely means more than a third again: the top of an open range
_OPEN_END = 1.2
_MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] * 3 + [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


@lru_cache(maxsize=256)
def calendar_days(unit: str, n: float) -> tuple[float, float]:
    """The fewest and most days that ``n`` consecutive units of the calendar can last
    (three months: 89-92; two years: 730-731); fractions of months and years, and the
    other units, use their average lengths."""
    if unit == "month" and n == int(n) and 0 < n <= 1200:
        k = int(n)
        cycle = _MONTH_LENGTHS * (k // 48 + 2)
        sums = [sum(cycle[i : i + k]) for i in range(48)]
        # at most 30.5 days a month: "ten months" is 304-305 days, as reports and annotators count them
        return float(min(sums)), min(float(max(sums)), k * 30.5)
    if unit == "year" and n == int(n) and 0 < n <= 1000:
        k = int(n)
        return float(365 * k + k // 4), float(365 * k + -(-k // 4))
    lo_d, hi_d = _UNIT_DAYS[unit]
    return n * lo_d, n * hi_d


def _duration(t: TimeMention, m: re.Match[str], g: dict[str, str | None], pub: date | None) -> TimeMention | None:
    if (g.get("adj") or "").lower() == "-old":
        return None
    unit = (g["unit"] or "").lower()
    q = " ".join((g.get("q") or "").lower().split()).removeprefix("well ").removeprefix("far ")  # "well over a year"
    n = g.get("n")
    lo_n, hi_n = _num(n) if n else (1.0, 1.0)
    if n and n.lower() in ("a", "an") and not q and (g.get("adj") or "").lower() != "-long":
        return None  # "a year" on its own is mostly a period ("$5 a year") or an article
    if lo_n <= 0 or lo_n > 1000:
        return None
    if unit == "day" and hi_n <= 7 and _WORK_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "they work seven days" is a weekly schedule, not a length of time
    low, high = calendar_days(unit, lo_n)[0], calendar_days(unit, hi_n)[1]
    if g.get("n2"):
        high = calendar_days(unit, _num(g["n2"] or "")[1])[1]
        if high < low:
            return None
    if _RUN_OF.search(m.group(0)) and _WINDOW_BEFORE.search(m.string, max(0, m.start("n") - 16), m.start("n")):
        return None  # "four hours over two consecutive days": a limit's window, not a length that passed
    if q == "over" and not _FOR_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        # "earned $2 million over two years" is during, "for over two years" is more than
        t.start, t.text = m.start("n"), m.string[m.start("n") : m.end()]
        q = ""
    whole = not g.get("n2") and lo_n == hi_n and lo_n == int(lo_n) and unit in ("month", "year")
    if q in ("more than", "over"):  # (s41) "at least N" is N, the length the writer gives, as "up to N" is
        top = high * _OPEN_END
        if whole:  # no further than the next whole unit: "more than three years" < four years
            top = min(top, 365.0 * (lo_n + 1) if unit == "year" else calendar_days(unit, lo_n + 1)[0])
        if whole:
            low = high  # more than the longest N units
        high = top
    elif q in ("nearly", "almost"):
        low, high = low * 0.92, calendar_days(unit, lo_n)[0] * 0.998  # a little short of the shortest N units
    elif q in ("less than", "under"):
        low = low * 0.8
    # "up to N": N is the length that the writer gives ("detained for up to three months"), so N units
    t.kind, t.precision = "duration", "unknown"
    if pub is not None and q.startswith(("the past", "the last")):
        # "in the past two months" is also the period that ends at publication
        t.date, t.date_end, t.precision = (pub - timedelta(days=round(high))).isoformat(), pub.isoformat(), "day"
    # lengths under a day keep four places: "two hours" is 0.0833 of a day, not 0.08 (nor "five minutes" 0.0)
    places = 4 if high < 1 else 2
    t.days_low, t.days_high = round(low, places), round(high, places)
    return t


def find(text: str, published: date | None = None) -> list[TimeMention]:
    """Time mentions in ``text`` in text order; overlapping candidates keep the longest."""
    if not text:
        return []
    published = as_date(published)
    cands: list[TimeMention] = []
    patterns = _pattern_table()
    seen: set[tuple[str, int, int]] = set()
    n = len(text)
    low = lower_words(text)[0]
    for a_start, a_end, kinds in _anchors(text):
        lo, hi = max(0, a_start - 45), min(n, a_end + 35)
        starts = [w.start() for w in _WSTART.finditer(text, lo, a_start + 1)]
        for kind in kinds:
            if kind == "dur_half" and low.find("half", lo, hi) < 0:
                continue  # every match of the pattern has "half" in it
            pattern = patterns[kind]
            first = _FIRST_CHARS.get(kind)
            for ws in starts:
                ch = text[ws]
                if first is not None and ch not in first and ch.isascii():
                    continue  # the pattern cannot start with this character
                m = pattern.match(text, ws, hi)
                if m is None:
                    continue
                key = (kind, m.start(), m.end())
                if key in seen or m.start() > a_start or m.end() < a_end:
                    continue
                seen.add(key)
                try:
                    t = _candidate(kind, m, published)
                except (ValueError, OverflowError, KeyError):
                    t = None
                if t is not None:
                    cands.append(t)
    cands.extend(season_durations.find(text) + full_durations.find(text))  # "three winters", "a full year"
    cands.extend(season_dates.find(text, published))  # "last summer", "since spring"
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[TimeMention] = []
    for c in cands:
        if out and c.start < out[-1].end:
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    _range_years(out, text)
    for t in out:
        _widen(t, text, published)
    return vague_durations.adjust(durations.join_compounds(out, text), text)


_MONTH_TOKEN = re.compile(rf"\b(?:{_MON})\b")
_RANGE_JOIN = re.compile(r"\s*(?:(?P<and>and)|to|until|till|through|thru|-|\u2013|\u2014)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s+)?$", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\d{4}")


_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")


def _range_years(out: list[TimeMention], text: str) -> None:
    """"between February and June 2025", "from 3 May to 9 August 2024", "November to
    March 2025": the year written once at the end of a range applies to its first end
    too (the year before when the first month comes later in the year)."""
    for first, last in zip(out, out[1:], strict=False):
        if first.kind != "relative" or first.precision not in ("day", "month") or _HAS_YEAR.search(first.text):
            continue
        if last.kind != "date" or last.precision not in ("day", "month") or not last.date:
            continue
        join = _RANGE_JOIN.fullmatch(text, first.end, last.start) if last.start - first.end < 12 else None
        if join is None:
            continue
        if join.group("and") and _RANGE_OPEN.search(text, max(0, first.start - 30), first.start) is None:
            continue  # "in February and June 2025" without "between": not surely a range
        m = _MONTH_TOKEN.search(first.text)
        if m is None:
            continue
        mon, year = _mon(m.group(0)), int(last.date[:4])
        if mon > int(last.date[5:7]):
            year -= 1
        try:
            if first.precision == "day":
                day = int(_ONE_OR_TWO_DIGITS.search(first.text).group(0))  # type: ignore[union-attr]
                first.date, first.date_end = date(year, mon, day).isoformat(), None
            else:
                first.date, first.date_end = date(year, mon, 1).isoformat(), _month_end(year, mon).isoformat()
        except (ValueError, AttributeError):
            continue
        first.kind = "date"


_WORD = re.compile(r"[a-z]{3,}")


@lru_cache(maxsize=4)
def lower_words(text: str) -> tuple[str, frozenset[str]]:
    """``text`` lower-cased with its character positions kept, and the set of its runs of
    three or more ASCII letters (in lower case). The dates and money stages both look their
    anchor words (none is shorter) up in it; it is computed once per text."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep positions aligned (a table of the text's
        low = text.translate({ord(c): c if len(c.lower()) != 1 else c.lower() for c in set(text)})  # own characters)
    return low, frozenset(_WORD.findall(low))


_WSTART = re.compile(r"(?<![\w$€£¥])[\w$€£¥]")
_YEAR_TOKEN = re.compile(r"[12][09]\d\d(?:0?s)?")
_DATE_KINDS = ("mdy", "dmy", "my", "m", "lastmon")
_UNIT_KINDS = ("rel", "ago", "dur", "dur1", "dur_a", "dur_half")
_ANCHORS: dict[str, tuple[str, ...]] = {
    **{k: _DATE_KINDS for k in _MONTHS},
    **{w: ("wd",) for w in _WEEKDAYS},
    **{u + s: _UNIT_KINDS for u in _UNIT_DAYS for s in ("", "s")},
    "yesterday": ("dayword",), "today": ("dayword",), "tomorrow": ("dayword",),
}


def _anchors(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Words around which a time expression may be: months, weekdays, units, years.
    Patterns run only in a window around them (the text scan is the expensive part)."""
    low, words = lower_words(text)
    out: list[tuple[int, int, tuple[str, ...]]] = []
    n = len(low)
    for word in sorted(words & _ANCHORS.keys()):
        kinds, size = _ANCHORS[word], len(word)
        pos = low.find(word)
        while pos >= 0:
            end = pos + size
            if (pos == 0 or not low[pos - 1].isalpha()) and (end >= n or not low[end].isalpha()):
                out.append((pos, end, kinds))
            pos = low.find(word, end)
    for m in _YEAR_TOKEN.finditer(text):
        s, e = m.span()
        if (s > 0 and text[s - 1].isdigit()) or (e < n and text[e].isdigit()):
            continue
        kinds = ("decade",) if m.group(0).endswith("s") else ("iso", "y", "my", "mdy", "dmy")
        out.append((s, e, kinds))
    return out


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _widen(t: TimeMention, text: str, published: date | None) -> None:
    """"since 2019" runs up to publication; the period starts at the mention."""
    if t.kind == "duration" or t.text.lower().startswith("since"):
        return
    m = _SINCE.search(text, max(0, t.start - 12), t.start)
    if m:
        t.start, t.text = m.start(), text[m.start() : t.end]
        if published is not None:
            t.date_end = published.isoformat()


_LABEL = re.compile(
    r"(?im)^[ \t]*(?:published|posted|updated|date|dated|first\s+published|last\s+updated)(?:\s+on)?\s*:?\s*"
)
# (searched up to the date: the line names the original or the source, a comma, then the date)
_SOURCE_LINE = re.compile(r"\b(?:Original|Originally\s+published|First\s+published|Source)\b(?:\s+in)?\s*:?\s+[^\n]{1,60}?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-|:)")


def publication_date(text: str) -> tuple[str, str] | None:
    """The publication date written near the top of a page, as ``(ISO date, precision)``,
    or None. Only dates that stand where pages print them count: after a "Published:" /
    "Updated" label, on a short line of their own or in a byline ("By Kim Lee | May 15,
    2024"), or in a dateline ("SEOUL, May 15, 2024 —"). A date inside running prose is an
    event, not the publication."""
    head = text[:1500]
    found = [t for t in find(head, None) if t.kind == "date" and t.date and t.precision in ("day", "month")]
    labelled = {m.end() for m in _LABEL.finditer(head)}
    for t in found:
        if t.start in labelled:
            return t.date or "", t.precision
    for t in found:
        line_start = head.rfind("\n", 0, t.start) + 1
        line_end = head.find("\n", t.end)
        line = head[line_start : len(head) if line_end < 0 else line_end].strip()
        dateline = t.start - line_start < 60 and _DATELINE_AFTER.match(head, t.end) is not None
        # "Original: Primorye Segodnya, 18 April 2025.": the date that closes a line naming the original or source
        source = _SOURCE_LINE.search(head, line_start, t.start) is not None and not head[t.end:line_end].strip(" .)]")
        if len(line) <= 80 or dateline or source:
            return t.date or "", t.precision
    return None


def as_date(value: object) -> date | None:
    """A date from a date, datetime or ISO string; anything else is no date."""
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
