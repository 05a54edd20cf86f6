"""Server-side SVG geometry for the dashboard: claims per indicator over time (stacked
bars) and the
map of places. Functions return plain numbers and strings; templates draw the SVG
elements (so every value is escaped and no inline style is needed: colours come
from CSS classes ``series-N``)."""

from __future__ import annotations

import math
from typing import Any

from labourlens.model import INDICATORS
from labourlens.web import mapdata

CHART_W, CHART_H = 760, 260
PAD_L, PAD_R, PAD_T, PAD_B = 44, 12, 12, 36


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def _bucket(month: str, size: str) -> tuple[str, str, str]:
    """(label, first month, last month) of the bucket holding ``month``."""
    y, m = month[:4], int(month[5:7])
    if size == "year":
        return y, y, y
    if size == "quarter":
        q = (m - 1) // 3
        return f"{y} Q{q + 1}", f"{y}-{3 * q + 1:02d}", f"{y}-{3 * q + 3:02d}"
    return month, month, month


def bar_chart(series: dict[str, dict[str, int]]) -> dict[str, Any]:
    """Stacked bars of claims per indicator over time: one bar per month, quarter or
    year (whichever keeps the bars at most ~40), one segment per indicator."""
    all_months = sorted({m for s in series.values() for m in s})
    if not all_months:
        return {"empty": True, "width": CHART_W, "height": CHART_H}
    months = _months(all_months[0], all_months[-1])
    size = "month" if len(months) <= 40 else "quarter" if len(months) <= 120 else "year"
    buckets: list[tuple[str, str, str]] = []
    for m in months:
        b = _bucket(m, size)
        if not buckets or buckets[-1][0] != b[0]:
            buckets.append(b)
    index = {b[0]: i for i, b in enumerate(buckets)}
    totals = [[0] * len(INDICATORS) for _ in buckets]
    for ind, by_month in series.items():
        if ind not in INDICATORS:
            continue
        for m, n in by_month.items():
            totals[index[_bucket(m, size)[0]]][INDICATORS.index(ind)] += n
    top = max((sum(col) for col in totals), default=1) or 1
    iw, ih = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B
    slot = iw / len(buckets)
    width = max(1.0, round(slot * 0.8, 1))
    bars = []
    for i, (label, first, last) in enumerate(buckets):
        x = round(PAD_L + i * slot + (slot - width) / 2, 1)
        y: float = PAD_T + ih
        for k, n in enumerate(totals[i]):
            if not n:
                continue
            h = n / top * ih
            y -= h
            bars.append({"x": x, "y": round(y, 1), "w": width, "h": round(h, 1), "series": k, "n": n,
                         "indicator": INDICATORS[k], "label": label, "date_from": first, "date_to": last})
    every = max(1, math.ceil(len(buckets) / 10))
    xticks = [{"x": round(PAD_L + i * slot + slot / 2, 1), "label": b[0]}
              for i, b in enumerate(buckets) if i % every == 0]
    yticks = [{"y": round(PAD_T + ih - v / top * ih, 1), "label": v} for v in sorted({0, top // 2, top})]
    legend = [{"indicator": ind, "series": INDICATORS.index(ind), "total": sum(series[ind].values())}
              for ind in INDICATORS if ind in series]
    return {"empty": False, "width": CHART_W, "height": CHART_H, "bars": bars, "xticks": xticks, "yticks": yticks,
            "legend": legend, "bucket": size, "x0": PAD_L, "x1": CHART_W - PAD_R, "ybase": PAD_T + ih}


SHADES = 5


def world_map(points: list[dict[str, Any]], countries: dict[str, int] | None = None) -> dict[str, Any]:
    """Country outlines shaded by the claims naming a place in them (classes
    ``shade-1``..``shade-5``, by share of the busiest country) and one circle per place,
    its area proportional to its claims."""
    top = max((int(p["claims"]) for p in points), default=1) or 1
    dots = []
    for p in points:
        x, y = mapdata.project(float(p["lon"]), float(p["lat"]))
        r = round(3 + 14 * math.sqrt(int(p["claims"]) / top), 1)
        dots.append({"x": x, "y": y, "r": r, "name": p["name"], "country": p.get("country"), "claims": p["claims"]})
    dots.sort(key=lambda d: -d["r"])  # small circles drawn last stay clickable
    counts = countries or {}
    busiest = max(counts.values(), default=0) or 1
    shapes = []
    for code, name, d in mapdata.country_paths():
        n = counts.get(code or "", 0)
        shade = 0 if not n else max(1, math.ceil(SHADES * math.sqrt(n / busiest)))
        shapes.append({"code": code, "name": name, "d": d, "claims": n, "shade": shade})
    return {"width": mapdata.WIDTH, "height": mapdata.HEIGHT, "countries": shapes, "dots": dots}
