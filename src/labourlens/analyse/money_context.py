"""Which country words around an amount say where the money is paid, for the money stage's
resolution of shared currency names (:mod:`labourlens.analyse.money`).

Reports on migrant labour name where the workers come from right beside what they are paid
where they work: "workers from Cameroon and Benin were paid 60,000 CFA francs" in a report
on a site in Equatorial Guinea. A country or town named as the workers' origin ("from X",
"from X and Y", "mostly from X, Y or Z") says nothing about the currency, so such context
words are passed over when the currency is resolved, and so are places named as where an
organisation is based ("a source told Seoul-based Daily NK that rice cost 6,000 won").
A currency that is only ever home money in these reports (the rupee, in reports on South Asian
workers abroad: "a rider from Kozhikode ... I send home 20,000 rupees") is the exception: where
the workers come from is exactly where that money is, so ``counts`` keeps their origin for the
groups marked ``home_money`` in ``knowledge/currencies.yaml``.

A context word in the amount's own paragraph says more than one in another: "she grew up in
Pyongyang and runs a restaurant in Seoul; a bowl costs 13,000 won" followed by a new paragraph
on "Pyongyang noodles" is money in Seoul. ``distance`` counts a context word across a line
break a whole window further away, so the amount's paragraph wins when it has one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from labourlens import knowledge

__all__ = ["counts", "distance", "nationality", "no_amount_word", "origin", "other_currency", "range_low", "rate_label",
           "starts_number", "ticker_cell",
           "whole_text_contexts"]

# "from" + names joined by commas, "and", "or", up to the context word
_ORIGIN = re.compile(
    r"\b[Ff]rom[ \t]+(?:(?:the[ \t]+)?[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)*"
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+))*(?:the[ \t]+)?$"
)


# "Seoul-based Daily NK", "a Dubai-based recruiter": where an organisation sits, not where money is paid
_BASED = re.compile(r"[A-Z][\w'\u2019.]*(?:[ \t]+[A-Z][\w'\u2019.]*){0,2}-based\b")


# "Syrian teenagers", "Lebanese migrant workers": the nationality of people, not where they are paid
_PEOPLE_OF = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|i|an)[ \t]+(?:(?:teenage|young|migrant|refugee|child|domestic|former)[ \t]+)?"
                        r"(?:workers?|refugees?|teenagers?|children|boys|girls|women|men|families|migrants?|nationals|employees|"
                        r"labou?rers|crews?|pickers|builders|asylum[ -]seekers|people)\b")


# "from Belgrade to Subotica": a route, not where people come from
_ROUTE = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)*[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]")


def origin(text: str, start: int) -> bool:
    """Is the context word at ``text[start:]`` named as where people come from, as the nationality of people ("Syrian
    teenagers"), or as where an organisation is based ("a Seoul-based group"), rather than where the money is?"""
    came_from = _ORIGIN.search(text, max(0, start - 80), start) is not None and _ROUTE.match(text, start) is None
    return came_from or _BASED.match(text, start) is not None or nationality(text, start)


# "Nepali, Bhutanese and Indian families", "Chadian or Sudanese workers": a list of nationalities before the people
_DEMONYM = r"[A-Z][a-z]+(?:ian|ese|ish|i|an)"
_LISTED_PEOPLE_OF = re.compile(rf"{_DEMONYM}(?:[ \t]*,[ \t]*{_DEMONYM})*,?[ \t]+(?:and|or)[ \t]+(?={_PEOPLE_OF.pattern})")
# "most of the crew were Filipino", "all Nepali or Indian": a nationality said of people after the verb
_PREDICATE_OF = re.compile(r"\b(?:were|are|was|is|all|mostly|mainly|both)[ \t]+(?:of[ \t]+them[ \t]+)?$")
_PREDICATE_END = re.compile(rf"{_DEMONYM}(?:[ \t]+(?:or|and)[ \t]+{_DEMONYM})?(?:[ \t]*[,.;:)]|[ \t]+(?:and|or|citizens|nationals)\b)")
# "Syrian pounds", "Lebanese pounds": the adjective of a currency named in full, which says nothing of a shared
# name ("lira") other than that the writer keeps the two apart
_NAMED_CURRENCY = re.compile(
    r"[A-Z][a-z]+[ \t]+(?P<unit>pounds?|dinars?|riyals?|rials?|dirhams?|francs?|dollars?|rupees?|shillings?|liras?|manats?"
    r"|rubles?|roubles?|soms?|pesos?|kwachas?|crowns?)\b")


def nationality(text: str, start: int) -> bool:
    """Is the context word at ``text[start:]`` the nationality of people ("Syrian teenagers", "Syrian, Afghan and
    Turkish families", "the workers were Syrian")?"""
    if _PEOPLE_OF.match(text, start) is not None or _LISTED_PEOPLE_OF.match(text, start) is not None:
        return True
    return _PREDICATE_OF.search(text, max(0, start - 24), start) is not None and _PREDICATE_END.match(text, start) is not None


def other_currency(text: str, start: int, group: str) -> bool:
    """Is the context word at ``text[start:]`` the adjective of another currency written in full ("Syrian pounds"
    beside a bare "lira")?"""
    m = _NAMED_CURRENCY.match(text, start)
    return m is not None and not m.group("unit").lower().startswith(group.lower())


@lru_cache(maxsize=1)
def _home_money() -> frozenset[str]:
    data = knowledge.load("currencies.yaml")
    return frozenset(str(g) for g, e in (data.get("ambiguous") or {}).items() if e.get("home_money"))


def counts(text: str, start: int, group: str) -> bool:
    """Does the context word at ``text[start:]`` tell the currency of the shared name ``group``?
    Not where it names where people come from, unless ``group`` is only ever home money."""
    if other_currency(text, start, group):
        return False
    return group in _home_money() or not origin(text, start)


def distance(text: str, start: int, ctx_start: int, ctx_end: int, window: int, group: str = "") -> int:
    """How far the context word at ``text[ctx_start:ctx_end]`` is from the amount at ``start``,
    plus ``window`` when a line break (a new paragraph) lies between them. For home money, where
    the origin of one worker is named in the amount's own sentence and another's in the next ("a
    man from Dhanusha in Nepal still owed 180,000 rupees. The other, from Tamil Nadu, ..."), the
    origin in another sentence counts half a window further."""
    lo, hi = (ctx_end, start) if ctx_end <= start else (start, ctx_start)
    far = (window if "\n" in text[lo:hi] else 0) + (
        window // 2 if group in _home_money() and _SENTENCE_END.search(text, lo, hi) else 0)
    return hi - lo + far


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?[A-Z]")


# a ticker label in page chrome: "Currency: USD 91.7", "Exchange rate: $1 = 92 rubles", "FX: EUR 1.08"
_RATE_LABEL = re.compile(r"\b(?:currency|currencies|exchange\s+rates?|fx|forex|rates?)\s*:\s*$", re.IGNORECASE)


def rate_label(text: str, start: int) -> bool:
    """Does a currency ticker's label ("Currency:", "Exchange rate:") lead the amount at ``start``?"""
    return _RATE_LABEL.search(text, max(0, start - 24), start) is not None


# a cell of a page's ticker widget: a code and a rate with decimals ("USD 91.40"), or the weather beside it ("-18°C")
_RATE_CELL = re.compile(r"\s*[A-Z]{3}\s?\d{1,5}[.,]\d{2,4}\s*")
_WEATHER_CELL = re.compile(r"[^|]*-?\d+\s?°[CF]?[^|]*")


def ticker_cell(text: str, start: int, end: int) -> bool:
    """Is the amount at ``text[start:end]`` a rate in a ticker line of page chrome ("Irkutsk -18°C | USD 91.40 |
    CNY 12.62"): a whole cell between bars, written as a code and a number with decimals, on a line with another
    such cell or a weather cell?"""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    cells = text[lo : len(text) if hi < 0 else hi].split("|")
    if len(cells) < 2:
        return False
    own = next((i for i, c in enumerate(cells) if text[start:end] in c and _RATE_CELL.fullmatch(c)), None)
    return own is not None and any(_RATE_CELL.fullmatch(c) or _WEATHER_CELL.fullmatch(c)
                                   for i, c in enumerate(cells) if i != own)


def starts_number(text: str, pos: int) -> bool:
    """Do the digits at ``pos`` start a number, rather than go on after a decimal point or a thousands
    comma ("1.5", "1,500")? After a point that ends an abbreviation they do ("Rs.15,000", "No.5")."""
    return pos == 0 or text[pos - 1] not in ".," or not text[pos - 2 : pos - 1].isdigit()


def range_low(low: float, high: float, mults: tuple[float | None, float | None], vague: bool, sep: str) -> float:
    """The low end of a range whose first number leaves out what the second one says: its multiplier
    ("3 to 4 million" is 3 million to 4 million) or, in the dash shorthand of prices, its thousands
    ("3-4,000 yuan" is 3,000 to 4,000; "20-25,000 rubles" 20,000 to 25,000). ``mults`` holds the two
    numbers' multipliers, ``sep`` what stands between them."""
    if vague:
        return low
    if mults[0] is None and mults[1] is not None:
        return low * mults[1] if low * mults[1] <= high else low
    if mults[0] is None and mults[1] is None and sep.strip() in ("-", "\u2013") and low == int(low) \
            and 0 < low < 1000 and high >= 1000 and high / 10 < low * 1000 <= high:
        return low * 1000
    return low


_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no|nor|without|n['\u2019]t)\b[\w \t'\u2019]{0,24}$", re.IGNORECASE)


def no_amount_word(word: str, text: str, start: int) -> bool:
    """Is the number word at ``start`` no amount of money before a currency word: "a dollar" (an article
    unless a multiplier follows), or "one riyal" after a negation ("they did not touch one riyal", "never
    saw one dollar"), an idiom for nothing at all?"""
    w = word.lower()
    return w in ("a", "half a") or (w == "one" and _NEGATION_BEFORE.search(text, max(0, start - 40), start) is not None)


_whole_text: dict[tuple[str, str, int], list[tuple[str, int]]] = {}


def whole_text_contexts(text: str, unit: str, contexts: Mapping[str, re.Pattern[str]]) -> list[tuple[str, int]]:
    """``(currency, start)`` of every context word for the shared currency name ``unit`` anywhere in ``text`` that
    ``counts``, in the order of ``contexts`` and then of the text: what the money stage looks through for an amount with
    no context word near it. Kept for the last few texts (speed: a long report asks once per amount, and scanning the
    whole text each time made its cost grow with the square of its length)."""
    key = (text, unit, id(contexts))
    found = _whole_text.get(key)
    if found is None:
        found = [(cur, m.start()) for cur, pattern in contexts.items() for m in pattern.finditer(text)
                 if counts(text, m.start(), unit)]
        if len(_whole_text) >= 8:
            _whole_text.clear()
        _whole_text[key] = found
    return found
