"""Excessive working time told by figures and clock times rather than by hours a day (extractor
``worktime_excess.v1``).

:mod:`labourlens.analyse.worktime` reads spans that state a working day ("from 6 a.m. until 8 p.m.",
"12-hour shifts"). Reports also state excess in other units and shapes, each a class of wording:

- a working week of 60 hours or more ("weeks of 60 hours or more", "72-hour weeks", "working weeks of up
  to 70 hours", "64 hours in a single week", "R900 per week for 75 hours", "paid for 38 hours each week yet
  worked 65"): beyond the 48-hour week of ILO Convention No. 1 by a quarter and more;
- a month of 240 hours or more ("paid for 250 hours in March", "260 hours a month");
- work that runs into the small hours ("some nights we worked until three", "we rehearsed until one or
  two"), and a bedtime in the small hours ("I went to bed at two, sometimes three");
- the same workers seen early in the morning and still late at night ("at five in the morning ... at ten
  at night", 14 hours or more).

A stated limit ("a maximum of 60 hours a week", "no more than 250 hours a month") is not an excess, nor
is a negated statement ("we never worked until two").
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import Folded, gated
from labourlens.analyse.worktime import parse_clock

__all__ = ["EXTRACTOR", "excessive_spans"]

EXTRACTOR = "worktime_excess.v1"

_WEEK_MIN, _WEEK_MAX = 60, 140  # hours a week
_MONTH_MIN, _MONTH_MAX = 240, 520  # hours a month
_SPAN_MIN = 14.0  # hours between an early-morning and a late-evening sighting

_ABOUT = r"(?:up[ \t]+to|more[ \t]+than|over|at[ \t]+least|about|around|some|nearly|almost|as[ \t]+many[ \t]+as|roughly)"
_WEEKLY = gated(
    rf"\b(?:(?:working|work)[ \t]+)?weeks?[ \t]+of[ \t]+(?:{_ABOUT}[ \t]+)?(?P<n>\d{{2,3}})(?:[ \t]+or[ \t]+more)?"
    rf"(?:[ \t]*(?:-|to|\u2013)[ \t]*\d{{2,3}})?[ \t]+hours\b"
    rf"|\b(?P<m>\d{{2,3}})(?:-|[ \t]+)hour[ \t]+(?:working[ \t]+|work[ \t]+)?weeks?\b"
    rf"|\b(?:{_ABOUT}[ \t]+)?(?P<k>\d{{2,3}})(?:[ \t]+or[ \t]+more)?[ \t]+hours[ \t]+(?:a|per|each|every)[ \t]+week\b"
    # "over 64 hours in a single week", "R900 per week for 75 hours" (the week named before the hours)
    rf"|\b(?P<i>\d{{2,3}})[ \t]+hours[ \t]+(?:of[ \t]+work[ \t]+)?in[ \t]+(?:a|one|a[ \t]+single|the[ \t]+same)[ \t]+week\b"
    rf"|\b(?:a|per|each|every)[ \t]+week[ \t]+for[ \t]+(?:{_ABOUT}[ \t]+)?(?P<f>\d{{2,3}})[ \t]+hours\b"
    # the week's paid hours, then the hours worked without the unit again ("paid for 38 hours each week yet worked 65")
    rf"|\bpaid[ \t]+for[ \t]+\d{{2}}[ \t]+hours[ \t]+(?:a|per|each|every)[ \t]+week[ \t]*,?[ \t]+(?:but|and|yet|while)[ \t]+"
    rf"(?:\w+[ \t]+){{0,2}}?(?:worked|work|working)[ \t]+(?:{_ABOUT}[ \t]+)?(?P<w>\d{{2,3}})\b(?![ \t]*(?:%|per[ \t]*cent|minutes|days))", re.I)
_MONTHS = ("month|january|february|march|april|may|june|july|august|september|october|november|december")
_MONTHLY = gated(
    rf"\b(?:{_ABOUT}[ \t]+)?(?P<n>\d{{3}})[ \t]+(?:working[ \t]+)?hours[ \t]+(?:a|per|each|every|in|during|over|for)"
    rf"[ \t]+(?:(?:a|one|the|that)[ \t]+)?(?:{_MONTHS})\b", re.I)
_LIMIT = re.compile(
    r"\b(?:maximum|max|limit\w*|cap|caps|capped|ceiling|no[ \t]+more[ \t]+than|not[ \t]+(?:to[ \t]+)?exceed\w*|"
    r"allow\w*|permit\w*|legal|lawful|law|rules?|should|must[ \t]+not|may[ \t]+not|under|below|less[ \t]+than|"
    r"fewer[ \t]+than|average[ \t]+of|reduce\w*|cut)\b[^.;:!?]{0,30}$", re.I)
_SMALL = r"(?:one|two|three|four|1|2|3|4)"
_AFTER_SMALL = r"(?=[ \t]*(?:[.,;:!?\"')\u201d]|$|or[ \t]|in[ \t]+the[ \t]+morning|a\.?[ \t]?m\b|at[ \t]+night|o'clock))"
_ACTIVITY = (r"(?:work\w*|sew\w*|practi[cs]\w*|rehears\w*|cook\w*|clean\w*|serv(?:e|ed|es|ing)|sang|sing\w*|"
             r"danc\w*|cod(?:e|ed|ing)|program\w*|weld\w*|pack\w*|peel\w*|gut(?:s|ted|ting)?|load\w*|unload\w*|"
             r"dig\w*|dug|haul\w*|pour\w*|plaster\w*|build\w*|built|toil\w*|labou?r\w*|stay(?:ed|s)?[ \t]+up|"
             r"kept[ \t]+(?:going|at[ \t]+it|us|them)|on[ \t]+duty|shifts?|the[ \t]+line|the[ \t]+machines)")
_UNTIL_SMALL = gated(
    rf"\b{_ACTIVITY}\b[^.;!?]{{0,50}}?\b(?:until|till|til|past)[ \t]+(?:about[ \t]+|around[ \t]+)?"
    rf"(?P<t>{_SMALL}(?:[ \t]+or[ \t]+(?:two|three|four|five|2|3|4|5))?)(?P<x>[ \t]+(?:in[ \t]+the[ \t]+morning|"
    rf"a\.?[ \t]?m\b\.?|at[ \t]+night|o'clock(?:[ \t]+at[ \t]+night|[ \t]+in[ \t]+the[ \t]+morning)?))?{_AFTER_SMALL}", re.I)
_NIGHT = re.compile(
    r"\b(?:nights?|evenings?|after[ \t]+(?:closing|dinner|dark|supper|the[ \t]+restaurant[ \t]+closed|the[ \t]+shop[ \t]+closed|"
    r"the[ \t]+last[ \t]+customers?)|overnight|midnight|closing[ \t]+time)\b", re.I)
_BEDTIME = gated(
    rf"\b(?:slept|sleep|went[ \t]+to[ \t]+(?:bed|sleep)|go(?:es)?[ \t]+to[ \t]+(?:bed|sleep)|got[ \t]+to[ \t]+(?:bed|sleep)|"
    rf"get[ \t]+to[ \t]+(?:bed|sleep)|lay[ \t]+down|lie[ \t]+down|in[ \t]+bed)[ \t]+(?:only[ \t]+|never[ \t]+before[ \t]+)?"
    rf"(?:at|after|around|about|past)[ \t]+(?:about[ \t]+|around[ \t]+)?{_SMALL}"
    rf"(?:[ \t]+in[ \t]+the[ \t]+morning|[ \t]*a\.?[ \t]?m\b\.?)?{_AFTER_SMALL}", re.I)
_CLOCK_AT = (r"(?:\d{1,2}(?:[:.]\d{2})?(?:[ \t]*(?:a\.?[ \t]?m\.?|p\.?[ \t]?m\.?))?|one|two|three|four|five|six|seven|"
             r"eight|nine|ten|eleven|twelve|midnight)(?:[ \t]+(?:in[ \t]+the[ \t]+(?:morning|evening)|at[ \t]+night|"
             r"o'clock(?:[ \t]+(?:in[ \t]+the[ \t]+(?:morning|evening)|at[ \t]+night))?))?")
_EARLY_LATE = gated(rf"\bat[ \t]+(?P<a>{_CLOCK_AT})[^.;!?]{{0,90}}?\bat[ \t]+(?P<b>{_CLOCK_AT})", re.I)
_PEOPLE = re.compile(
    r"\b(?:we|they|them|us|he|she|him|her|men|women|workers?|crews?|labou?rers?|staff|builders?|welders?|girls|"
    r"masons|plasterers|loggers|seamstress\w*|waitress\w*|cooks?|employees|brigades?)\b", re.I)
_NOT_A_DAY = re.compile(
    r"\b(?:open\w*|closes?|closed|curfew|flights?|planes?|trains?|ferry|ferries|departs?|departure|arriv\w+[ \t]+in|"
    r"landed|broadcast\w*|aired|visiting[ \t]+hours|office[ \t]+hours|ceremony|concert|match|game|party)\b", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n't|no[ \t]+longer|no[ \t]+one|nobody|none)\b[^,;:.!?]{0,40}$", re.I)


def _negated(text: str, start: int) -> bool:
    """A negation in the clause before ``start`` ("the welders never worked until two")."""
    return bool(_NEGATED_BEFORE.search(text[max(0, start - 60):start]))


def _figure_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for pat, lo, hi, name in ((_WEEKLY, _WEEK_MIN, _WEEK_MAX, "week"), (_MONTHLY, _MONTH_MIN, _MONTH_MAX, "month")):
        for m in pat.finditer(text):
            n = int(next(g for g in m.groups() if g is not None))
            if lo <= n <= hi and not _LIMIT.search(text[max(0, m.start() - 40):m.start()]) \
                    and not _negated(text, m.start()):
                out.append((m.start(), m.end(), name))
    return out


def _clock_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _UNTIL_SMALL.finditer(text):
        if (m.group("x") or _NIGHT.search(text)) and not _negated(text, m.start("t")) \
                and not _NOT_A_DAY.search(text, max(0, m.start() - 30), m.end()):
            out.append((m.start(), m.end(), "small_hours"))
    for m in _BEDTIME.finditer(text):
        if not _negated(text, m.start()):
            out.append((m.start(), m.end(), "bedtime"))
    for m in _EARLY_LATE.finditer(text):
        a, b = parse_clock(m.group("a")), parse_clock(m.group("b"))
        if a is None or b is None or not b[1] or not 19 <= b[0] <= 24:
            continue  # the second time must be stated as evening or night ("nine at night", "10 p.m.")
        start = a[0]
        if not (3 <= start <= 7 and (a[1] or start >= 4)):
            continue  # the first must be early morning ("at five in the morning", "at six")
        if b[0] - start < _SPAN_MIN or _NOT_A_DAY.search(text) or not _PEOPLE.search(m.group(0)) \
                or _negated(text, m.start()):
            continue
        out.append((m.start(), m.end(), "early_late"))
    return out


# (Folded: matched case-sensitively on the lower-cased text where that finds the same; speed)
_NUMBER_WORD = Folded(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)\b", re.I)
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, faster (in ASCII the digits are 0 to 9)."""
    return _ASCII_DIGIT.search(text) is not None if text.isascii() else any(map(str.isdigit, text))


def excessive_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of ``text`` stating excessive working time by a figure or by clock times, with the kind of
    statement ("week", "month", "small_hours", "bedtime", "early_late"), in text order."""
    if not text or not _has_digit(text) and not _NUMBER_WORD.found(text):
        return []
    return sorted(_figure_spans(text) + _clock_spans(text))
