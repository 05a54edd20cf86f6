"""Working-time expressions and the hours they amount to (extractor ``worktime.v1``).

``long_hours(text)`` finds spans such as "from 6 p.m. until 8 a.m." (14 h), "from eight
in the morning until midnight" (16 h), "12-hour shifts", "up to 20 hours a day", "a working
day of not less than 12 hours", "arrived at 5 a.m. and left after dark" and returns each
span with the daily hours it states. The indicators stage decides what counts as
excessive (ILO: regularly beyond what the law allows; 12 hours or more a day is a safe cue).
Weekly totals ("84 hours a week") are returned as hours per day over a six-day week."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.gated import gated
from labourlens.analyse.hedges import fold_safe, foldable, literal_requirements

__all__ = ["EXTRACTOR", "long_hours", "parse_clock"]

EXTRACTOR = "worktime.v1"

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty-two": 22, "twenty-three": 23,
    "twenty-four": 24,
}
_NW = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_NUM = rf"(?:\d{{1,2}}(?:\.5)?|{_NW})"
_PART = (r"(?:[ \t]+(?:in[ \t]+the[ \t]+(?:morning|evening|afternoon)|at[ \t]+night|o'clock(?:[ \t]+(?:in[ \t]+the[ \t]+"
         r"(?:morning|evening|afternoon)|at[ \t]+night))?))")
_CLOCK = (rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?(?:[ \t]*(?:a\.?[ \t]?m\.?|p\.?[ \t]?m\.?|h\b|hrs\b))?{_PART}?"
          rf"|{_NW}{_PART}?|midnight|noon|midday|dawn|daybreak|sunrise|sun-?up|dusk|sunset|sundown|dark|"
          r"first[ \t]+light|nightfall|the[ \t]+sun|the[ \t]+small[ \t]+hours)")
_FROM_TO = re.compile(
    rf"\b(?:from|between)[ \t]+(?:about[ \t]+|around[ \t]+|before[ \t]+)?(?P<a>{_CLOCK})[ \t]*(?:until|till|til|to|"
    rf"through|and|-|\u2013)[ \t]*(?:about[ \t]+|around[ \t]+|after[ \t]+|past[ \t]+)?(?P<b>{_CLOCK})"
    # "between four and five months' pay", "from three to four years": a count of something else, not the clock
    r"(?![ \t]+(?:months?|years?|weeks?|days?|hours?|minutes?|times|percent|per[ \t]+cent|people|men|women|workers|dollars|"
    # "between 2 and 6 lakh taka", "from 2 to 4 million": a sum of money, not the clock
    r"lakhs?|crores?|thousands?|hundreds?|millions?|billions?|rupees?|yuan|baht|pesos?|euros?|pounds?|birr|shillings?|"
    r"rupiah|riel|kyats?|taka|ringgit|dirhams?|riyals?|dinars?|roubles?|rubles?|us[ \t]+dollars)\b)", re.I)
_START_END = re.compile(
    rf"\b(?:arriv\w*|start\w*|begin\w*|began|got[ \t]+up|woke|wake\w*|clock(?:ed)?[ \t]+in|"
    rf"report\w*[ \t]+for[ \t]+work|on[ \t]+site|at[ \t]+work|go(?:es)?[ \t]+in|went[ \t]+in|been[ \t]+working)"
    rf"(?:[ \t]+(?:work|the[ \t]+day|the[ \t]+shift))?[ \t]+(?:at|by|before|around|about|since)[ \t]+(?P<a>{_CLOCK})"
    rf"[^.;!?]{{0,60}}?\b(?:left|leave|leaving|finish\w*|stop\w*|end\w*|knock\w*[ \t]+off|clock\w*[ \t]+out|"
    rf"still[ \t]+(?:there|working|at[ \t]+work|on[ \t]+site)|return\w*|until|till)"
    rf"(?:[ \t]+(?:work|the[ \t]+site|the[ \t]+factory|them|us|him|her))?[ \t]+(?:at[ \t]+|after[ \t]+|past[ \t]+|around[ \t]+|"
    rf"about[ \t]+|by[ \t]+)?(?P<b>{_CLOCK})", re.I)
_DURATION = re.compile(
    rf"\b(?:(?P<lo>{_NUM})[ \t]*(?:-|\u2013|to|or)[ \t]*)?(?P<n>\d{{1,3}}(?:\.5)?|{_NW})(?:-|[ \t]+)hours?\b", re.I)
_LEAST = re.compile(
    rf"\b(?:working|work)[ \t]+days?[ \t]+(?:of|lasting|was|is|were|are)[ \t]+(?:not[ \t]+less[ \t]+than|at[ \t]+least|"
    rf"no[ \t]+less[ \t]+than|up[ \t]+to|about|around|some|more[ \t]+than|over)?[ \t]*(?P<n>{_NUM})[ \t]+hours?", re.I)
_WORK_NEAR = re.compile(
    r"\b(?:shifts?|days?|daily|workdays?|working|work(?:ed|s|ing)?|night|nights|labou?r(?:ed|ing)?|toil\w*|"
    r"overtime|a[ \t]+stretch|straight|non-?stop|on[ \t]+their[ \t]+feet)\b", re.I)
_NOT_WORK = re.compile(
    r"\b(?:drive|drove|journey|flight|trip|ride|bus|train|wait(?:ed|ing)?|delay|queue|notice|ago|later|earlier|"
    r"within|before|after|every[ \t]+\d|rest|sleep|break|off|hospital|interrogat\w*|detained|week|weekly|month)\b",
    re.I)
_WORKERS_NEAR = re.compile(
    r"\b(?:work\w*|shifts?|labou?r\w*|toil\w*|sew\w*|dig\w*|build\w*|cut\w*|haul\w*|fish\w*|gut\w*|"
    r"cook\w*|clean\w*|serv\w*|load\w*|weld\w*|drill\w*|pick\w*|pack\w*|process\w*|we|they|he|she|crews?|"
    r"men|women|staff|employees?|hands|loggers?|builders?|waitress\w*|operators?|drivers?)\b", re.I)
_OPENING = re.compile(r"\b(?:open\w*|closes?|closed|curfew|visiting|office[ \t]+hours|checkpoint|border[ \t]+post)\b",
                      re.I)
_MAY_STATE_HOURS = (re.compile(r"\d"), gated(r"\b(?:from|between|arriv|start)"))  # (apart, each is fast to scan for)
_PER_WEEK = re.compile(r"^[ \t]*(?:a|per|each|every)[ \t]+week\b", re.I)
# a gate, shop or office open round the clock, not anyone's working day: "the dormitory gate is open 24 hours a day"
_OPEN_BEFORE = re.compile(r"\bopen(?:s|ed)?[ \t]+(?:for[ \t]+)?$", re.I)
# a service open round the clock, not a working day: "call the 24-hour line", "a 24-hour helpline", "24-hour pharmacy"
_SERVICE_AFTER = re.compile(
    r"^[ \t]*(?:hot|help|phone|telephone|tele)?[ \t]?line|^[ \t]*(?:help[ \t]?desk|call[ \t]+cent(?:re|er)|pharmac(?:y|ies)|"
    r"clinic|emergency|news|coverage|surveillance|reception|hotlines?|helplines?|service)\b", re.I)


def _number(word: str) -> float | None:
    w = word.lower().strip()
    if w in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[w])
    try:
        return float(w)
    except ValueError:
        return None


_CLOCK_PARTS = re.compile(r"(\d{1,2}|[a-z-]+)(?:[:.](\d{2}))?")
_PM = re.compile(r"p\.?\s?m|evening|at night|afternoon")
_AM = re.compile(r"a\.?\s?m|morning")


def parse_clock(phrase: str) -> tuple[float, bool] | None:
    """The hour of the day (0-24) a clock phrase names, and whether it is unambiguous
    ("6 p.m.", "18:00", "ten at night", "midnight" are; "nine" alone is not)."""
    p = " ".join(phrase.lower().split())
    named = {"midnight": (24.0, True), "noon": (12.0, True), "midday": (12.0, True), "dawn": (5.5, True),
             "daybreak": (5.5, True), "sunrise": (6.0, True), "sunup": (6.0, True), "sun-up": (6.0, True),
             "dusk": (19.0, True), "sunset": (19.0, True), "sundown": (19.0, True), "dark": (19.0, True),
             "first light": (5.5, True), "nightfall": (19.0, True), "the sun": (6.0, True),
             "the small hours": (26.0, True)}
    if p in named:
        return named[p]
    m = _CLOCK_PARTS.match(p)
    if not m:
        return None
    hour = _number(m.group(1))
    if hour is None or hour > 24:
        return None
    if m.group(2):
        hour += int(m.group(2)) / 60
    rest = p[m.end():]
    if _PM.search(rest):
        return (hour + 12 if hour < 12 else hour), True
    if _AM.search(rest):
        return (0.0 if hour == 12 else hour), True
    if m.group(2) is not None or "h" in rest or hour > 12 or hour == 0:
        return hour, True
    return hour, False


def _span_hours(a: str, b: str) -> float | None:
    start, end = parse_clock(a), parse_clock(b)
    if start is None or end is None:
        return None
    s, s_sure = start
    e, e_sure = end
    if not s_sure and s < 12 and s >= 4:
        s_sure = True  # "from six until ...": a working day starts in the morning
    elif not s_sure and s < 4 and e_sure and s + 12 < e <= 24:
        s += 12  # "from 2 to 4 pm", "Tuesdays 1-3 p.m.": the afternoon's two hours, not fourteen from the small hours
    if not e_sure and e <= 12 and s < 12 and e + 12 - s <= 20:
        e += 12  # "from 7 in the morning until nine": nine at night (a working day, not two hours)
    hours = (e - s) % 24 if e != s else 24.0
    if e == 24.0 and s < 24:
        hours = 24.0 - s
    if e == 26.0:  # "until the small hours"
        hours = 26.0 - s
    return round(hours, 2) if 0 < hours <= 24 else None


@lru_cache(maxsize=1)
def _span_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None, tuple[frozenset[str], ...]], ...]:
    """The clock-span patterns, each with its case-sensitive form for lower-cased text (faster; None
    when not equivalent) and the (lower-case) strings any of its matches contains."""
    return tuple(
        (pat, re.compile(pat.pattern, pat.flags & ~re.IGNORECASE) if foldable([pat.pattern]) else None,
         literal_requirements(pat.pattern, pat.flags))
        for pat in (_FROM_TO, _START_END)
    )


def _has_all(low: str, needs: tuple[frozenset[str], ...]) -> bool:
    """Does ``low`` contain one string of each set?"""
    for clause in needs:
        for s in clause:
            if s in low:
                break
        else:
            return False
    return True


_SPAN_WORD_END = re.compile(r"\b(?:within|after|for\s+the\s+first|every)\s*$", re.I)


def long_hours(text: str) -> list[tuple[int, int, float]]:
    """Spans of working-time expressions in ``text`` with the daily hours they state,
    in text order: (start, end, hours)."""
    if not text or ("hour" not in text and not _MAY_STATE_HOURS[0].search(text) and not _MAY_STATE_HOURS[1].search(text)):
        return []
    out: list[tuple[int, int, float]] = []
    low = text.lower()
    fold = fold_safe(text)
    for pat, folded, needs in _span_patterns():
        if not _has_all(low, needs):
            continue  # a word every match needs is missing: the pattern cannot match
        # same offsets either way; the clock phrases are read in lower case anyway
        for m in folded.finditer(low) if fold and folded is not None else pat.finditer(text):
            hours = _span_hours(m.group("a"), m.group("b"))
            if hours is None or hours < 1:
                continue
            around = text[max(0, m.start() - 80):m.end() + 40]
            if pat is _FROM_TO and (not _WORKERS_NEAR.search(around) or _OPENING.search(around)):
                continue  # "the market is open from 6 a.m. until 8 p.m.": not anyone's working day
            out.append((m.start(), m.end(), hours))
    if "hour" in low:
        for m in _LEAST.finditer(text):
            n = _number(m.group("n"))
            if n is not None and 0 < n <= 24:
                out.append((m.start(), m.end(), n))
        for m in _DURATION.finditer(text):
            if any(s <= m.start() < e for s, e, _ in out):
                continue
            n = _number(m.group("n"))
            if n is None:
                continue
            after = text[m.end():m.end() + 40]
            if _SERVICE_AFTER.match(after) or _OPEN_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            week = _PER_WEEK.match(after)
            if week:
                if 30 <= n <= 120:
                    out.append((m.start(), m.end() + week.end(), round(n / 6, 2)))
                continue
            if n > 24:
                continue
            window = text[max(0, m.start() - 40):m.start()] + " " + after[:30]
            if not _WORK_NEAR.search(window):
                continue
            near_after = after[:20]
            if _NOT_WORK.search(near_after) or _SPAN_WORD_END.search(text[max(0, m.start() - 25):m.start()]):
                continue
            out.append((m.start(), m.end(), n))
    out.sort()
    return out


def clock_spans(text: str) -> list[tuple[int, int, float]]:
    """Every "from <clock> to <clock>" span of ``text`` with the hours it covers, whoever's day it is (an event's
    opening hours as much as a shift): (start, end, hours)."""
    if not _MAY_STATE_HOURS[0].search(text):
        return []
    out: list[tuple[int, int, float]] = []
    for m in _FROM_TO.finditer(text):
        hours = _span_hours(m.group("a"), m.group("b"))
        if hours is not None:
            out.append((m.start(), m.end(), hours))
    return out
