"""Money amounts and percentages in news prose (extractors ``money.v1`` and ``percent.v1``).

A parser of our own, because the patterns of reports ("RMB 10 [USD 1.41]", "several
hundred to several thousand dollars", "between $200 million and $500 million a year",
"12,000 yuan (U.S. $1,788)") are what general-purpose libraries miss.

How it works: one compiled regex finds *quantities* (an optional currency symbol or code,
a number, number word or vague quantity, an optional multiplier, an optional currency word
or percent sign). A second pass joins neighbouring quantities into ranges ("300-400
dollars", "$200 million to $500 million"), attaches a bracketed or appositive quantity in
another currency as the stated conversion of the amount before it (it is never reported on
its own), and reads the period around it ("a month", "per day", "monthly salary of").
Currency words, symbols, multipliers, vague quantities and periods come from
``knowledge/currencies.yaml``; USD normalisation is :mod:`labourlens.analyse.fx`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse import (
    fx,
    money_appositive,
    money_carried,
    money_changes,
    money_compound,
    money_context,
    money_echo,
    money_fx_notes,
    money_gaps,
    money_headline,
    money_hedged_ranges,
    money_letters,
    money_pounds,
    money_ranges,
    money_rates,
    money_scaled,
    money_singles,
    money_subunits,
    money_verbs,
    money_wages,
)
from labourlens.analyse import money_patterns as rx
from labourlens.analyse.dates import as_date, lower_words
from labourlens.model import Amount

__all__ = ["find", "EXTRACTOR", "PERCENT_EXTRACTOR"]

EXTRACTOR = "money.v1"
PERCENT_EXTRACTOR = "percent.v1"

# thousands grouped by commas (in South Asian prose lakhs too: "1,20,000 rupees"), or by spaces as in Russian,
# Polish or French prose ("45 000 rubles")
_NUM = (r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d\d(?![\d,])|"  # "2 450 300,00 RUB": spaced thousands, decimal comma
        r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?")
_DEC_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # "8,50 euro", "1,5 million zloty": a decimal comma, in translations
# spaces group the thousands and a comma sets off the kopecks, as Russian records and notices print a sum
# ("2 450 300,00 RUB")
_SPACED_DEC = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d\d")
_PERCENT = r"%|(?i:per\s?cent|percentage\s+points?|pct)\b"
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|~|〜|to(?:\s+(?:more than|over|well over|nearly|almost))?|and)\s*", re.IGNORECASE)  # "3~5 million won"
_OR = re.compile(r"\s+or\s+")
# (s386) or a sum named first: "a debt that climbed from a loan of Rs 20,000 to over Rs 95,000"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){1,2}?of\s+)?"
                          r"(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:about\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
# words between an amount and its conversion: "12,000 yuan (about $1,700)", "RMB 10, or roughly $1.40"
_CONV_WORDS = (
    r"about|around|approximately|approx\.|roughly|some|nearly|almost|or|equivalent\s+to|equal\s+to|worth"
    r"|~|≈|c\.|i\.e\.,?|just\s+over|just\s+under|over|under|US|(?:a\s+little\s+|slightly\s+)?(?:more|less)\s+than"
    # "200 yuan, which is like $28", "500 riyals is about $137", "the equivalent of $80"
    r"|which\s+is|that\s+is|that['\u2019]s|it['\u2019]s|is|like|close\s+to|the\s+equivalent\s+of|equivalent\s+of|amounting\s+to"
    r"|then\s+(?:about|around|roughly|some|nearly|almost|worth)"  # "150,000 kwanzas, then about $900"
)
_CONV_OPEN = re.compile(rf"\s*[(\[]\s*(?:(?:{_CONV_WORDS})\s*)*", re.IGNORECASE)
_CONV_CLOSE = re.compile(r"[^()\[\]\n]{0,40}?[)\]]")
_CONV_APPOSITIVE = re.compile(
    rf"\s*(?:,|—|–|-)?\s*(?:or\s+)?(?:(?:{_CONV_WORDS})\s+)+|\s*(?:,|—|–)\s*", re.IGNORECASE
)
_UP_TO = re.compile(
    r"\b(?:up\s+to|as\s+much\s+as|as\s+high\s+as|no\s+more\s+than|at\s+most|a\s+maximum\s+of|(?<!not\s)(?<!no\s)less\s+than|under)\s+$",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(
    r"\b(?:at\s+least|more\s+than|over|as\s+little\s+as|a\s+minimum\s+of|upwards\s+of|no[t]?\s+less\s+than)\s+$", re.IGNORECASE
)
_LARGEST = 1e16  # more than any money a report talks about; also keeps inf and nan out
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class _Lexicon:
    quantity: re.Pattern[str]
    prefix_before: re.Pattern[str]
    prefix_last: frozenset[str]  # the last characters of the symbols and codes
    anchor_words: frozenset[str]
    period_after: re.Pattern[str]
    period_before: re.Pattern[str]
    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]  # lower-case word -> ISO code, or "?group" when ambiguous
    ambiguous: dict[str, tuple[str | None, dict[str, re.Pattern[str]]]]
    window: int
    multipliers: dict[str, float]
    short_multipliers: dict[str, float]
    vague: dict[str, tuple[float, float]]
    number_words: dict[str, float]
    needs_digits: frozenset[str]
    period_words: dict[str, str]
    whole_text: frozenset[str] = frozenset()  # ambiguous groups whose context may be anywhere in the text
    # groups that are no currency without a context ("N", "R": money_letters) -> their currency for grouped thousands
    letters: dict[str, str | None] | None = None


def _alt(items: list[str]) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(sorted(set(items)), key=len, reverse=True))


def _lead(items: list[str]) -> str:
    """A lookahead for the characters the alternatives ``_alt(items)`` can start with, put in front of
    the alternation (under the same flags) so that a place where none can start fails at once instead of
    trying every alternative (speed only: it is implied by the alternation). Empty when not known."""
    firsts = {i[0] for i in items if i}
    if not firsts or any(not i or i[0].isspace() for i in items):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data: dict[str, Any] = knowledge.load("currencies.yaml")
    symbols: dict[str, str] = {}
    codes: dict[str, str] = {}
    words: dict[str, str] = {}
    for iso, entry in data["currencies"].items():
        for s in entry.get("symbols") or []:
            symbols[str(s)] = iso
        for c in entry.get("codes") or []:
            codes[str(c)] = iso
        for w in entry.get("words") or []:
            words[_norm_word(str(w))] = iso
    ambiguous: dict[str, tuple[str | None, dict[str, re.Pattern[str]]]] = {}
    for group, entry in (data.get("ambiguous") or {}).items():
        contexts = {
            cur: re.compile(r"\b" + _lead([str(k) for k in kws]) + r"(?:" + _alt([str(k) for k in kws]) + r")\b",
                            re.IGNORECASE)
            for cur, kws in (entry.get("contexts") or {}).items()
            if kws
        }
        ambiguous[group] = (None if entry["default"] is None else str(entry["default"]), contexts)
        if len(group) == 1:  # a symbol such as the yen/yuan sign
            symbols[group] = "?" + group
    for group, forms in (data.get("ambiguous_symbols") or {}).items():
        for form in forms:  # "FCFA 75,000", "Rs 50,000": a prefix resolved like the group's words
            symbols[str(form)] = "?" + group
    for group, forms in (data.get("ambiguous_words") or {}).items():
        for form in forms:
            words[_norm_word(str(form))] = "?" + group
    multipliers = {str(k): float(v) for k, v in data["multipliers"].items()}
    short = {str(k): float(v) for k, v in data["short_multipliers"].items()}
    vague = {_norm_word(str(k)): (float(v[0]), float(v[1])) for k, v in data["vague"].items()}
    number_words = {_norm_word(str(k)): float(v) for k, v in data["number_words"].items()}
    tens = {w: v for w, v in number_words.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    ones = {w: v for w, v in number_words.items() if 1 <= v <= 9 and w not in ("a", "half a")}
    number_words.update({f"{t}{sep}{u}": tv + uv for t, tv in tens.items() for u, uv in ones.items() for sep in "- "})
    period_words: dict[str, str] = {}
    for unit, forms in data["periods"].items():
        for f in forms:
            period_words[str(f).lower()] = str(unit)
    for k, v in data["period_adverbs"].items():
        period_words[str(k).lower()] = str(v)
    adjectives = {str(k).lower(): str(v) for k, v in data["period_adjectives"].items()}
    period_words.update(adjectives)

    mult_alt = _alt(list(multipliers))
    sp_short = [k for k in short if len(k) > 1]
    quantity = re.compile(
        rf"(?:{_lead([*symbols, *codes])}(?P<pre>{_alt(list(symbols))}|{_alt(list(codes))})\s?)?"
        rf"(?:(?P<num>{_NUM})|(?i:{_lead([*vague, *number_words])}"
        rf"(?:(?P<vague>{_alt(list(vague))})|(?P<wnum>{_alt(list(number_words))})(?=[\s-]))))"
        rf"(?:[\s-]?(?i:{_lead(list(multipliers))}(?P<mult>(?:{mult_alt})(?:[\s-]+(?:{mult_alt}))?)s?(?:\s+of\b)?)"
        rf"|{_lead(list(short))}(?P<abbr>{_alt(list(short))})(?![\w$])"
        rf"|\s{_lead(sp_short)}(?P<abbr_sp>{_alt(sp_short)})(?![\w$]))?"
        rf"(?:[\s-]?(?:(?P<pct>{_PERCENT})|(?P<suf>(?i:{_lead(list(words))}(?:{_alt(list(words))}))(?![\w])"
        rf"|{_lead(list(codes))}(?:{_alt(list(codes))})(?![\w]))))?"
    )
    units = [k for k, v in period_words.items() if k not in data["period_adverbs"] and k not in adjectives]
    period_after = re.compile(
        r"(?:\s+(?!and\b|but\b|or\b|which\b|that\b|while\b)[a-z]+){0,3}?(?:\s*[,—–]?\s*|-)"
        rf"(?:(?:a|an|per|each|every|(?P<slash>/))[\s-]*(?P<unit>{_alt(units)})s?\b"  # "$400/month after..." is a rate
        r"(?(slash)|(?!\s+(?:ago|later|earlier|old)\b|\s+(?:before|after)\b(?!\s+(?:tax|taxes|deductions?|rent|fees|food|overtime)\b)))"
        rf"|(?P<adv>{_alt(list(data['period_adverbs']))}|per\s+annum)\b)",
        re.IGNORECASE,
    )
    period_before = re.compile(
        rf"\b(?P<adj>{_alt(list(adjectives))})\b(?:\s+[\w-]+){{0,3}}\s+$", re.IGNORECASE
    )
    return _Lexicon(
        quantity=quantity,
        prefix_before=re.compile(rf"(?:{_alt(list(symbols))}|{_alt(list(codes))})\s?$"),
        prefix_last=frozenset(str(s)[-1] for s in [*symbols, *codes]),
        anchor_words=frozenset(w.split()[0] for w in [*vague, *number_words] if w.split()[0] not in ("a", "half"))
        | {"few", "couple"},
        period_after=period_after,
        period_before=period_before,
        symbols=symbols,
        codes=codes,
        words=words,
        ambiguous=ambiguous,
        window=int(data.get("window", 400)),
        multipliers=multipliers,
        short_multipliers=short,
        vague=vague,
        number_words=number_words,
        needs_digits=frozenset(_norm_word(str(w)) for w in data.get("needs_digits") or []),
        period_words=period_words,
        whole_text=frozenset(str(g) for g, e in (data.get("ambiguous") or {}).items() if e.get("whole_text")),
        letters={str(g): e.get("grouped") for g, e in (data.get("ambiguous") or {}).items() if e["default"] is None},
    )


def _norm_word(s: str) -> str:
    return " ".join(s.lower().split())


@dataclass
class _Q:
    start: int
    end: int
    currency: str | None  # ISO code, "?group" for an ambiguous unit, None for a bare number
    low: float
    high: float
    vague: bool
    multiplier: float | None
    percent: bool
    prefix: bool

    @property
    def bare(self) -> bool:
        return self.currency is None and not self.percent


def _quantity(m: re.Match[str], text: str, lex: _Lexicon) -> _Q | None:
    start = m.start()
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$"):
        return None
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start].isdigit() \
            and not (text[start - 2] in "km" and text[start - 3 : start - 2].isdigit()):  # "COVID-19", not "$70k-80k"
        return None
    pre, suf = m.group("pre"), m.group("suf")
    mult: float | None = None
    if m.group("mult"):
        mult = 1.0
        for part in rx.SPACE_OR_HYPHEN.split(m.group("mult").lower()):
            mult *= lex.multipliers.get(part.rstrip("s"), 1.0)
    elif m.group("abbr") or m.group("abbr_sp"):
        if not pre and not suf and not m.group("abbr"):
            return None  # "5 mn"; a bare "80k" or "5M" is a number that a range ("$4-5M") or money_echo may make a sum
        mult = lex.short_multipliers[m.group("abbr") or m.group("abbr_sp")]
    currency: str | None = None
    percent = False
    if pre:
        currency = lex.symbols.get(pre) or lex.codes.get(pre)
        if rx.CURRENCY_SLASH_END.search(text[max(0, start - 5) : start]) or money_context.rate_label(text, start) \
                or money_context.ticker_cell(text, start, m.end()):
            return None  # "USD/RUB 92.40", "Currency: USD 91.7", "| USD 91.40 |": an exchange rate, not an amount
        if currency and currency[1:] in (lex.letters or {}) and not money_letters.fits(
                text, start, pre, m.start("num") if m.group("num") else None, m.end(), mult is not None):
            return None  # "the N1 highway", "N95 masks"
    if not (pre or suf or mult) and _DEC_COMMA.fullmatch(m.group("num") or ""):
        return None  # "pages 10,11": a decimal comma only with a currency or a multiplier
    if m.group("pct"):
        if pre:
            return None
        percent = True
    elif suf:
        word_cur = lex.codes.get(suf) or lex.words.get(_norm_word(suf))
        if currency and currency.startswith("?") and word_cur:
            currency = None  # "¥3,000 RMB": the word says which yen/yuan sign it is
        if pre and word_cur and currency and word_cur != currency:
            # "$5 yuan" is not a thing; keep the prefix and drop the word
            return _Q(start, m.start("suf"), currency, *_values(m, lex, mult), mult, False, True)
        currency = word_cur
        if currency and currency[1:] in (lex.letters or {}) and _resolve(currency, text, start, lex) is None:
            end = m.start("suf")  # "that 2,400 sum" outside Uzbekistan: a bare number before the English noun
            return _Q(start, len(text[:end].rstrip(" -")), None, *_values(m, lex, mult), mult, False, bool(pre))
        if _norm_word(suf) in lex.needs_digits:
            if m.group("wnum") and not mult:
                return None  # "the two won" (but "thirty-five thousand won")
            if not mult and m.group("num") and _YEARLIKE.fullmatch(m.group("num")):
                return None  # "in 2019 won"
    if m.group("wnum") and mult is None and percent:
        return None
    if m.group("wnum") and mult is None and money_context.no_amount_word(m.group("wnum"), text, start):
        return None
    if m.group("vague") and currency is None and not percent and mult is None:
        return None
    low, high, vague = _values(m, lex, mult)
    if currency and currency not in _THREE_DECIMALS and _DOT_THOUSANDS.fullmatch(m.group("num") or ""):
        low, high = low * 1000, high * 1000  # "150.000 FCFA", "2.500 euros": no currency here has fils
    if not high < _LARGEST:
        return None
    return _Q(start, m.end(), currency, low, high, vague, mult, percent, bool(pre))


# currencies divided into 1,000 fils or baisa, for which "KD 1.500" is one and a half
_THREE_DECIMALS = frozenset({"KWD", "BHD", "OMR", "JOD", "IQD", "LYD", "TND"})
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # "0.088 per watt" is a decimal, never thousands


def _values(m: re.Match[str], lex: _Lexicon, mult: float | None) -> tuple[float, float, bool]:
    factor = mult or 1.0
    if m.group("num"):
        num = m.group("num")
        if num.count(".") > 1:  # "1.200.000 FCFA": dots group the thousands
            num = num.replace(".", "")
        num = num.replace(",", ".") if _DEC_COMMA.fullmatch(num) or _SPACED_DEC.fullmatch(num) else num
        v = float(rx.COMMA_OR_SPACE.sub("", num)) * factor
        return v, v, False
    if m.group("wnum"):
        v = lex.number_words[_norm_word(m.group("wnum"))] * factor
        return v, v, False
    word = _norm_word(m.group("vague"))
    lo, hi = lex.vague[word]
    # "hundreds of millions" runs up to 999 million (amounts that large are told in whole
    # millions), "hundreds of thousands" up to 999,999
    if mult and mult >= 1e6 and word.endswith("s of"):
        return lo * factor, (hi - 1) * factor, True
    inner = max((lex.multipliers.get(w.rstrip("s"), 0.0) for w in word.split()[1:]), default=0.0)
    if not mult and inner >= 1e6:
        return lo, hi - inner, True
    words = (m.group("mult") or "").split()  # "several hundred million": up to 999 million, in whole millions
    return lo * factor, hi * factor - (lex.multipliers.get(words[-1].lower().rstrip("s"), 1.0) if len(words) > 1 else 1), True


def _resolve(currency: str | None, text: str, start: int, lex: _Lexicon) -> str | None:
    if not currency or not currency.startswith("?"):
        return currency
    default, contexts = lex.ambiguous[currency[1:]]
    lo = max(0, start - lex.window)
    best, best_distance = default, 2 * lex.window + 1  # a context in another paragraph counts a window further
    for cur, pattern in contexts.items():
        for m in (m for m in pattern.finditer(text, lo, start + lex.window) if money_context.counts(text, m.start(), currency[1:])):
            distance = money_context.distance(text, start, m.start(), m.end(), lex.window, currency[1:])
            if distance < best_distance:
                best, best_distance = cur, distance
    if best_distance > 2 * lex.window and currency[1:] in lex.whole_text:
        # "CFA francs" 900 characters after the dateline "BRAZZAVILLE -": the nearest country anywhere
        best_distance = len(text) + 1
        for cur, at in money_context.whole_text_contexts(text, currency[1:], contexts):
            if abs(start - at) < best_distance:
                best, best_distance = cur, abs(start - at)
    return best


def _join_range(a: _Q, b: _Q, text: str) -> _Q | None:
    """``a`` and ``b`` as one range, or None when they are not one."""
    sep = text[a.end : b.start]
    m = _RANGE_SEP.fullmatch(sep)
    if not m:
        if not ((a.bare or a.currency == b.currency) and _OR.fullmatch(sep)):  # "300 or 400 dollars", "$50 or $60"
            return None
    if sep.strip().lower() == "and" and not _BETWEEN.search(text, 0, a.start):
        return None
    if a.percent != b.percent and not (a.bare or b.bare):
        return None
    if a.currency and b.currency and a.currency != b.currency:
        return None
    if a.bare and b.bare and not (a.multiplier is None and b.multiplier and sep.strip() in ("-", "–")):
        return None  # but "70-80k" is one bare range
    if a.currency and b.currency and _FROM_BEFORE.search(text, max(0, a.start - 40), a.start) \
            and not (money_ranges.spread_before(text, a.start) and not (a.vague or b.vague)):
        return None  # "rose from 1,200 won to 1,600 won": two amounts, each with its currency
    if a.bare and (sep.strip() in ("-", "–", "—") and _YEARLIKE.fullmatch(text[a.start : a.end]) or money_ranges.dated_year(text, a.start, a.end)):
        return None  # "2024-25", "the first half of 2026 to $418 million"
    low = money_context.range_low(a.low, b.high, (a.multiplier, b.multiplier), a.vague, sep)
    if low > b.high:
        return None
    return _Q(a.start, b.end, a.currency or b.currency, low, b.high, True, b.multiplier, a.percent or b.percent, a.prefix)


def _conversion(r: _Q, q: _Q, text: str) -> int | None:
    """End offset of ``q`` as a stated conversion of ``r``, or None."""
    if q.bare or q.percent or not q.currency or q.currency == r.currency:
        return None
    gap = text[r.end : q.start]
    period = money_gaps.GAP_PERIOD.match(gap)
    if period:  # "3,200 zloty a month (about $830)", "400 dinars each (about $1,300)"
        gap = gap[period.end() :]
    if phrase := money_gaps.GAP_PHRASE.match(gap):  # "4 million CFA francs for the whole team (about $7,000)"
        gap = gap[phrase.end() :]
    if _CONV_OPEN.fullmatch(gap):
        close = _CONV_CLOSE.match(text, q.end)
        return close.end() if close else None
    if len(gap) <= 24 and _CONV_APPOSITIVE.fullmatch(gap):
        if _CONV_WORD_IN.search(gap) or text[q.end : q.end + 1] in (",", ";", "—", "–", ")", ""):
            return q.end
    return None


_CONV_WORD_IN = re.compile(rf"\b(?:{_CONV_WORDS})(?:\s|$)", re.IGNORECASE)


_DIGITS = re.compile(r"\d+")
_MULT_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
# "a hundred", "half a million": the definition that _a_mult_starts() implements without a text scan
_A_MULT = re.compile(r"\b(?:[Aa]|[Hh]alf\s+a)\s+(?:hundred|thousand|million|billion|trillion)\b")


def _anchors(text: str, lex: _Lexicon) -> list[int]:
    """Where a quantity may start: digit runs and quantity words. The full pattern only
    runs there, which keeps the scan of long texts cheap."""
    out = [m.start() for m in _DIGITS.finditer(text) if money_context.starts_number(text, m.start())]
    low, words = lower_words(text)
    n = len(low)
    for word in words & lex.anchor_words:
        pos = low.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (pos == 0 or not low[pos - 1].isalpha()) and (end >= n or not low[end].isalpha()):
                if word in ("few", "couple") and low[max(0, pos - 2) : pos] == "a ":
                    pos -= 2
                out.append(pos)
            pos = low.find(word, end)
    for word in words & _MULT_WORDS:
        out.extend(_a_mult_starts(text, word))
    return sorted(set(out))


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _a_mult_starts(text: str, word: str) -> list[int]:
    """The starts of the matches of ``_A_MULT`` ("a hundred", "half a million") that end
    with ``word``, found from the multiplier backwards (without a scan of the whole text)."""
    out = []
    n = len(text)
    p = text.find(word)
    while p >= 0:
        e = p + len(word)
        q = p
        while q > 0 and text[q - 1].isspace():
            q -= 1
        if (e == n or not _is_word(text[e])) and 0 < q < p and text[q - 1] in "aA" \
                and (q == 1 or not _is_word(text[q - 2])):
            start = q - 1
            if text[start] == "a":  # "half a": the match starts at "half"
                k = start
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                if 4 <= k < start and text[k - 4 : k] in ("half", "Half") and (k == 4 or not _is_word(text[k - 5])):
                    start = k - 4
            out.append(start)
        p = text.find(word, p + 1)
    return out


def _prefix_before(text: str, pos: int, lex: _Lexicon) -> re.Match[str] | None:
    """``lex.prefix_before`` searched in the 8 characters before ``pos``. A symbol or code
    there ends right before ``pos`` (or before the one space, or space and line break, in
    front of it): when no character there can end one, there is nothing to search."""
    lo = max(0, pos - 8)
    last = lex.prefix_last
    if not (pos > lo and text[pos - 1] in last):
        if not (pos - 1 > lo and text[pos - 1].isspace() and text[pos - 2] in last):
            if not (text[pos - 1 : pos] == "\n" and pos - 2 > lo and text[pos - 2].isspace() and text[pos - 3] in last):
                return None
    return lex.prefix_before.search(text, lo, pos)


def _match_at(text: str, pos: int, lex: _Lexicon) -> _Q | None:
    pre = _prefix_before(text, pos, lex)
    for start in ((pre.start(), pos) if pre else (pos,)):
        m = lex.quantity.match(text, start)
        if m is not None and m.end() > pos:
            q = _quantity(m, text, lex)
            if q is not None:
                return q
    return None


def find(text: str, published: date | None = None) -> list[Amount]:
    """Money amounts (``kind="money"``) and percentages (``kind="percent"``) in ``text``,
    with spans into it, in text order. Money is normalised to USD (:mod:`.fx`)."""
    if not text:
        return []
    published = as_date(published)
    lex = _lexicon()
    qs: list[_Q] = []
    last = 0
    for pos in _anchors(text, lex):
        if pos >= last and (q := _match_at(text, pos, lex)) is not None:
            qs.append(q)
            last = q.end
    out: list[Amount] = []
    shared: dict[int, str] = {}  # id of an amount written in a shared name ("won") -> that name
    i = 0
    while i < len(qs):
        q = qs[i]
        i += 1
        if i < len(qs) and (lent := money_changes.lend(q, qs[i], text)) is not None:
            q = lent  # "rose from 2,000 to 2,600 yuan": the first figure borrows the currency
        elif i < len(qs) and (joined := _join_range(q, qs[i], text)) is not None:
            q, i = joined, i + 1
        if q.bare:
            if out and (more := money_gaps.elliptical((q.start, q.end, q.low, q.high, q.vague), out[-1], text)
                        or money_echo.echo_of(q.start, q.end, (q.low, q.high, q.vague), out[-1], text)
                        or money_echo.repeated(q.start, q.end, (q.low, q.high), out, text)
                        or money_wages.wage_echo(q.start, q.end, (q.low, q.high, q.vague), out, text)
                        or (money_carried.carried(q.start, q.end, q.low, out, text) if q.low == q.high and not q.vague
                            else None)) is not None:
                out.append(more)
            continue
        if q.vague and q.currency is None and not q.percent:
            continue
        if (currency := _resolve(q.currency, text, q.start, lex)) is None and not q.percent and (currency := (
                money_letters.grouped(text[q.start : q.end], q.multiplier, (lex.letters or {}).get(str(q.currency)[1:])))) is None:
            continue  # "R600" in a report set nowhere the rand is paid
        amount = Amount(start=q.start, end=q.end, text=text[q.start : q.end], currency=currency)
        if q.currency and q.currency.startswith("?"):
            shared[id(amount)] = q.currency
        if q.low == q.high:
            amount.value = q.low
            before = text[max(0, q.start - 40) : q.start]
            if _UP_TO.search(before):  # "up to 500 yuan": 0 to 500
                amount.low, amount.high = 0.0, q.high
            elif _AT_LEAST.search(before):
                amount.low = q.low
        else:
            amount.low, amount.high = q.low, q.high
        if q.percent:
            amount.kind, amount.extractor, amount.currency = "percent", PERCENT_EXTRACTOR, None
            out.append(amount)
            continue
        tail = q.end
        if i < len(qs):
            conv, used = qs[i], 1
            if i + 1 < len(qs) and (joined := _join_range(conv, qs[i + 1], text)) is not None:
                conv, used = joined, 2
            conv_end = money_appositive.unless_own(_conversion(q, conv, text), text, q.end, conv.start,
                                                   _resolve(conv.currency, text, conv.start, lex), currency)
            if conv_end is not None:
                conv_cur = _resolve(conv.currency, text, conv.start, lex)
                amount.stated_text = text[conv.start : conv.end]
                if conv_cur == "USD":
                    amount.stated_usd = conv.low if conv.low == conv.high else (conv.low + conv.high) / 2
                    if q.currency and q.currency.startswith("?"):  # "700 billion won ($500 million)": the rate tells which won
                        amount.currency = money_rates.by_stated_rate(q.currency[1:], currency, (q.low + q.high) / 2, amount.stated_usd)
                tail = conv_end
                i += used
                while i < len(qs) and qs[i].start < tail:  # "(US$280; €260)": a second equivalent
                    i += 1
        amount.per = _period(text, q.start, tail, lex)
        if amount.per is None and tail != q.end:  # the period before the conversion
            amount.per = _period(text, q.start, q.end, lex)
        out.append(amount)
    money_headline.harmonise(out, shared, text)
    out = money_singles.merge(money_subunits.merge(money_compound.join(out, text), text), text)  # "Rs 2 lakh 40 thousand"
    out = money_pounds.drop(money_verbs.drop(out, text), text)
    out = money_hedged_ranges.merge(money_changes.share_periods(money_fx_notes.drop(out, text), text), text)  # "($1 = 3.6 AED)"
    fx.normalise(money_scaled.scale(out), published)
    return out


def _period(text: str, start: int, tail: int, lex: _Lexicon) -> str | None:
    m = lex.period_after.match(text, tail)
    if m:
        unit = _period_word(m, lex)
        if unit == _DISTRIBUTION:
            # "RMB 2,200 per worker a month": "per worker" distributes the amount; the time
            # period after it (or before the amount) is the one that counts
            m2 = lex.period_after.match(text, m.end())
            later = _period_word(m2, lex) if m2 else None
            if later is None:
                b = lex.period_before.search(text[max(0, start - 60) : start])
                later = lex.period_words.get(b.group("adj").lower()) if b else None
            return later or unit
        return unit
    b = lex.period_before.search(text[max(0, start - 60) : start])
    if b:
        return lex.period_words.get(b.group("adj").lower())
    return None


_DISTRIBUTION = "person"


def _period_word(m: re.Match[str], lex: _Lexicon) -> str | None:
    word = (m.group("unit") or m.group("adv") or "").lower()
    word = "annum" if word.startswith("per") and "annum" in word else word
    return lex.period_words.get(word) or lex.period_words.get(word.rstrip("s"))

