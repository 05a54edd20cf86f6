"""Durations that the patterns of :mod:`labourlens.analyse.dates` leave to this module.

- "half a year", "a year and a half", "two and a half years", "half an hour": a length of
  time with a half in it (``half_candidate``).
- ``plausible``: whether a duration candidate is a length of time at all. It is not when it
  is a frequency ("every two weeks", "once a fortnight", "one day in two weeks"), a part of a stay that owns something ("the
  first year's money"), a point in time told from
  another one ("Four years later", "two days before the match", unless a "for" or a
  quantifier makes it a length: "for two weeks before the match"; "six months after the
  fire" is the time that passed, a length), a modifier of a record
  ("a five-year high", "the 7-day forecast"), a measure of money ("two months' wages"), or
  hours of a working schedule ("worked 12 hours", "18-hour shifts", "sleeps only five
  hours"): working time is :mod:`labourlens.analyse.worktime`'s, not a duration of stay.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated
from labourlens.model import TimeMention

__all__ = ["HALF_PATTERN", "half_candidate", "join_compounds", "plausible"]

_UNITS = r"(?:hour|day|week|fortnight|month|year|decade)"
#: numbers that can come before "and a half"; the rest of the number words are in dates.py
_HALF_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_HALF_N = "|".join(sorted(_HALF_NUMBERS, key=len, reverse=True))
HALF_PATTERN = re.compile(
    r"(?i:\b(?:(?P<q>about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?"
    rf"(?:(?P<n>{_HALF_N}|\d{{1,3}})\s+and\s+(?:a\s+)?half\s+(?P<unit>{_UNITS})s"  # (s389) or "four and half months"
    rf"|(?:a|an|one|the\s+(?:first|last|past|next))\s+(?P<unit1>{_UNITS})\s+and\s+a\s+half"
    rf"|half\s+(?:a|an)\s+(?P<unit_half>{_UNITS}))\b)"
)
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25,
         "decade": 3652.5}  # fmt: skip


def half_candidate(m: re.Match[str], extractor: str) -> TimeMention:
    """The day range of a ``HALF_PATTERN`` match."""
    if m.group("unit"):
        unit, n = m.group("unit").lower(), float(_HALF_NUMBERS.get(m.group("n").lower(), 0) or m.group("n")) + 0.5
    elif m.group("unit1"):
        unit, n = m.group("unit1").lower(), 1.5
    else:
        unit, n = m.group("unit_half").lower(), 0.5
    days = n * _DAYS[unit]
    low, high = days * 0.998, days * 1.002
    q = " ".join((m.group("q") or "").lower().split())
    if q in ("more than", "over", "at least"):
        low, high = days, days * 1.25
    elif q in ("nearly", "almost"):
        low, high = days * 0.9, days  # "almost three weeks": a little short of it
    elif q:
        low, high = days * 0.9, days * 1.1
    t = TimeMention(start=m.start(), end=m.end(), text=m.group(0), kind="duration", extractor=extractor)
    t.precision, t.days_low, t.days_high = "unknown", round(low, 4), round(high, 4)
    return t


_FREQUENCY_BEFORE = gated(r"\b(?:every|each|once\s+(?:a|an|every)|twice\s+(?:a|an|every)|every\s+other)\s+"
                          r"(?:[\w-]+\s+(?:or|to)\s+)?$",  # "once every two or three weeks"
                               re.IGNORECASE)
# "Four years later", "two days before the match", "Five months on, ...": a point in time. ("six
# months after the fire" stays a length: the time that passed.)
_LATER_AFTER = re.compile(r"\s*(?:later|earlier|before|beforehand|afterwards|prior\b|on(?=\s*[,;.!?]))", re.IGNORECASE)
_LENGTH_BEFORE = re.compile(r"\b(?:for|over|within|during|lasted|lasting|spent|took|in)\s+$", re.IGNORECASE)
_QUANTIFIED = re.compile(
    r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|roughly|up\s+to|less\s+than|under|some|the\s+|another)\b",
    re.IGNORECASE,
)
_RECORD_AFTER = re.compile(r"\s+(?:high|low|highs|lows|record|peak|forecast|average|moving\s+average|trend|warranty)\b",
                           re.IGNORECASE)
_MONEY_AFTER = re.compile(  # ("roughly a day and a half's pay": the sum, not a length)
    r"(?:\s+and\s+a\s+half)?(?:'|\u2019)s?\s+(?:\w+\s+)?(?:wages?|pay|salary|salaries|earnings|income|rent|allowance|worth|advance|deposit"
    r"|bonus|supply|supplies|rations?|food)\b",
    re.IGNORECASE,
)
_HOUR = re.compile(r"hours?\b", re.IGNORECASE)
_WORK_BEFORE = re.compile(
    r"\b(?:work\w*|shifts?|sle(?:ep|pt)\w*|overtime|toil\w*|sew\w*|labou?r\w*|duty|workday|working\s+day"
    # a trade's own verb for the hours: "coded for 18 hours", "gutted fish for 16 hours"
    r"|(?:cod|typ|gutt|peel|stitch|weld|plaster|haul|unload)(?:ed|ing))\b[^.;!]{0,50}$",
    re.IGNORECASE,
)
_WORK_AFTER = re.compile(
    r"\s*,?\s*(?:a|an|per|each|every)\s+(?:day|night|week|shift)\b|\s+(?:daily|nightly|straight|at\s+a\s+stretch|"
    r"of\s+(?:work|overtime|sleep|rest|labou?r)|shifts?|without\s+(?:a\s+)?(?:break|rest|sleep)|most\s+days|on\s+a\s+normal)\b"
    r"|,\s*(?:sometimes|often|six|seven)\b"
    # a break or a daily routine: "half an hour to eat", "runs for three hours in the evening"
    r"|\s+(?:to\s+(?:eat|rest|sleep)|for\s+(?:lunch|dinner|meals?|a\s+break|rest|sleep)|break|off|in\s+the\s+"
    r"(?:morning|evening|afternoon)|at\s+night|each\s+(?:morning|evening)|every\s+(?:morning|evening))\b",
    re.IGNORECASE,
)
_ELAPSED_BEFORE = re.compile(r"\b(?:after|within)\s+(?:about\s+|nearly\s+|almost\s+"
                             r"|over\s+|more\s+than\s+|less\s+than\s+|only\s+|just\s+)?$", re.IGNORECASE)


# (s389) or in every one: "five shifts in each week"
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|every|in\s+(?:every|each))\s+(?:day|week|month|year|shift|night)\b",
                         re.IGNORECASE)
# "half a day off", and a rota: "a two-days-on, two-days-off schedule", "two days on, two days off", "six days out of seven"
_OFF_AFTER = re.compile(r"\s+off\b|-(?:on|off)\b|\s+on\s*,|"
                        r"\s+out\s+of\s+(?:seven|six|fourteen|thirty|two|three|four|five|ten|twelve|\d{1,2})\b",
                        re.IGNORECASE)  # "paid for one month out of three"
# the period a sum is paid for: "we got 30,000 for a month", "500 dollars for one week"
_PAY_FOR_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?\s+(?:[a-z]+\s+)?for\s+$", re.IGNORECASE)
# a comparison with a figure of the past: "18% more than a year earlier", "3 percent higher than a year ago"
_COMPARED_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+$", re.IGNORECASE)
_COMPARED = re.compile(r"(?:more|less|higher|lower|up|down)\s+(?:than|on|from)\b", re.IGNORECASE)
# a rota told as a rate: "rest was one day in two weeks", "one day off in ten days": neither length is a duration
_IN_PERIOD_AFTER = re.compile(r"\s+(?:off\s+)?in\s+(?:every\s+)?(?:\w+\s+)?(?:days|weeks|fortnight)\b", re.IGNORECASE)
# "not given a day off in two years": no rota, the length of time without one
_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|without|n't)\b[^.;]{0,40}$", re.IGNORECASE)
_SHORT_PERIOD = re.compile(r"\b(?:days?|weeks?|fortnight)$", re.IGNORECASE)
_IN_PERIOD_BEFORE = re.compile(r"\b(?:a|an|one|two|three|1|2|3)\s+(?:day|days|shift|shifts)\s+(?:off\s+)?in\s+(?:every\s+)?$",
                               re.IGNORECASE)
# a part of a stay that owns something, not a length: "the first year's money" (writers split on "in the first week")
_ORDINAL_UNIT = re.compile(r"^the\s+(?:first|second|third|last|final)\s+(?:day|week|month|year)$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+[\"\u201c]?$", re.IGNORECASE)
_REST_DAY_AFTER = re.compile(r"\s+of\s+(?:rest|leave)\b", re.IGNORECASE)
_PAST_AFTER = re.compile(r"\s*(?:earlier|before|ago)\b", re.IGNORECASE)
_CALENDAR_AFTER = re.compile(
    r"\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:19|20)\d\d|this|last|next|that|the\s+(?:year|month|war|pandemic))\b",
    re.IGNORECASE,
)
_CLOCK = gated(r"\b([ap])\.\s?m\.", re.IGNORECASE)  # speed: most have no "a.m."/"p.m."


def plausible(t: TimeMention, text: str) -> bool:
    """Is the duration candidate ``t`` in ``text`` a length of time (see the module doc)?"""
    before = _CLOCK.sub(r"\1m", text[max(0, t.start - 70) : t.start])
    after = text[t.end : t.end + 40]
    if _FREQUENCY_BEFORE.search(before) or _RATE_AFTER.match(after) or _OFF_AFTER.match(after):
        return False  # "every two weeks", "six and a half days a week", "half a day off"
    if not _DENIED_BEFORE.search(before) and (_IN_PERIOD_AFTER.match(after) and t.text.lower().split()[0] in (
            "a", "an", "one", "two", "three", "1", "2", "3") or _IN_PERIOD_BEFORE.search(before) and _SHORT_PERIOD.search(t.text)):
        return False  # "one day in two weeks": a rota (not "no day off in two years")
    if _ORDINAL_UNIT.match(t.text) and (after.startswith(("'s", "\u2019s")) or _SINCE_BEFORE.search(before)):
        return False  # "the first year's money": the money of a part of the stay; "since the first week": a start
    if t.text.lower() in ("a day", "one day") and _REST_DAY_AFTER.match(after):
        return False  # "given a day of rest": a rest day, not a length of time
    if _PAY_FOR_BEFORE.search(before) and (t.text.lower().split()[0] in ("a", "an", "one")
                                           or t.text.lower().startswith("the first")):
        return False  # "we got 30,000 for a month", "18,000 rubles for the first month": the period of a sum
    if _COMPARED.match(t.text) and _COMPARED_BEFORE.search(before) and _PAST_AFTER.match(after):
        return False  # "18% more than a year earlier": a figure compared with the past
    if _CALENDAR_AFTER.match(after) and t.text.lower().startswith("the first"):
        return False  # "the first week of March" is a date
    if _RECORD_AFTER.match(after) and "-" in t.text:
        return False
    if _MONEY_AFTER.match(after):
        return False
    if t.text.lower().startswith("half") and _AND_A_BEFORE.search(before):
        return False  # "seven and a half daily": the half of a number of hours, a rate
    if _SHIFT_AFTER.match(after) and _ONE_DAY_UNIT.search(t.text):
        return False  # "four day shifts and four night shifts": a count of shifts, not a length
    if _ON_DAYS_BEFORE.search(before) and _DAYS_UNIT.search(t.text):
        return False  # "over 38 degrees on at least six days last July": a count of days, not a length
    if _AGE_BEFORE.search(before) and "year" in t.text.lower():
        return False  # "children aged 10 to 15 years", "between the ages of 14 and 17 years": an age, not a stay
    if _AGE_AFTER.match(after) and "year" in t.text.lower():
        return False  # "girls below 16 years of age", "boys of 12 years old": an age
    if _LATER_AFTER.match(after) and not _QUANTIFIED.match(t.text) and not _LENGTH_BEFORE.search(before):
        return False
    if _HOUR.search(t.text):
        if "-hour" in t.text.lower() or "hours-long" in t.text.lower():
            return False  # "18-hour shifts", "a 24-hour guard"
        if _ELAPSED_BEFORE.search(before):
            return True  # "sent back to work after an hour"
        if _WORK_BEFORE.search(before) or _WORK_AFTER.match(after):
            return False
        # hours count only with a cue of a length of time: "it took 24 hours", "in 24 hours",
        # "lasted three hours", "four hours by road"; a bare "14 hours" is mostly a schedule
        return bool(_HOURS_CUE_BEFORE.search(before) or _HOURS_CUE_AFTER.match(after))
    return True


_AND_A_BEFORE = re.compile(r"\band\s+a\s+$", re.IGNORECASE)
_SHIFT_AFTER = re.compile(r"\s+shifts?\b", re.IGNORECASE)
_ONE_DAY_UNIT = re.compile(r"\s(?:day|night)$", re.IGNORECASE)
_ON_DAYS_BEFORE = re.compile(r"\bon\s+(?:at\s+least\s+|more\s+than\s+|only\s+|just\s+|some\s+)?$", re.IGNORECASE)
_DAYS_UNIT = re.compile(r"\bdays\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+of)\s+(?:between\s+)?(?:\d{1,2}\s*(?:and|to|-|\u2013)\s*)?$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+(?:of\s+age|old)\b|-olds?\b", re.IGNORECASE)  # (s41) or "two 16-year-olds": people by age
_HOURS_CUE_BEFORE = re.compile(
    r"\b(?:for|took|takes|take|taking|lasted|lasts|lasting|last|within|after|in|over|spent|spend|spends|waited|wait"
    r"|waiting|held|kept|detained|questioned|interrogated|drive|ride|journey|trip|flight|walk|is|was|about|around"
    r"|nearly|almost|some|roughly)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+"
    r"|at\s+least\s+|up\s+to\s+|only\s+|just\s+|some\s+|roughly\s+|another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)
_HOURS_CUE_AFTER = re.compile(
    r"\s+(?:by\s+(?:\w+\s+)?(?:road|car|train|rail|bus|truck|lorry|boat|ship|ferry|plane|air)|(?:of\s+)?(?:drive|driving"
    r"|ride|journey|flight|walk|walking|travel|sailing|questioning|interrogation|waiting)|away|long|from|north|south|east|west)\b",
    re.IGNORECASE,
)


_AND = re.compile(r"\s*,?\s*and\s+$|[ \t]+")  # (s382) or a space alone, as forms and posts count: "1 year 4 months"
_BETWEEN = re.compile(r"between\s", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_UNIT_WORD = re.compile(r"(hour|day|week|fortnight|month|year|decade)s?\b", re.IGNORECASE)
_ORDER = ("hour", "day", "week", "fortnight", "month", "year", "decade")


def _unit(t: TimeMention) -> int | None:
    found = _UNIT_WORD.findall(t.text)
    return _ORDER.index(found[-1].lower()) if found else None


def join_compounds(found: list[TimeMention], text: str) -> list[TimeMention]:
    """"One year and four months", "two weeks and three days": a length told in two units, the larger
    first, is one duration whose day range is the sum of the two; "between ten months and two years", the
    smaller first after "between", is one range from the first to the second."""
    out: list[TimeMention] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == t.kind == "duration" and (_AND.fullmatch(text[prev.end:t.start])
                                                                         or _TO.fullmatch(text[prev.end:t.start]))
                and None not in (prev.days_low, prev.days_high, t.days_low, t.days_high)):
            big, small = _unit(prev), _unit(t)
            if big is not None and small is not None and big > small and _AND.fullmatch(text[prev.end:t.start]):
                prev.end, prev.text = t.end, text[prev.start:t.end]
                prev.days_low = round(float(prev.days_low or 0) + float(t.days_low or 0), 4)
                prev.days_high = round(float(prev.days_high or 0) + float(t.days_high or 0), 4)
                continue
            if big is not None and small is not None and big < small and _BETWEEN.match(prev.text) or (
                    big is not None and small is not None and big < small and _TO.fullmatch(text[prev.end:t.start])
                    and _FROM_BEFORE.search(text[max(0, prev.start - 6):prev.start])):
                # "between ten months and two years", "from two weeks to three months": one range told in two units
                prev.end, prev.text, prev.days_high = t.end, text[prev.start:t.end], t.days_high
                continue
        out.append(t)
    return out
