"""Server-side SVG geometry for the dashboard: claims per indicator over time and the
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


def line_chart(series: dict[str, dict[str, int]], max_months: int = 120) -> dict[str, Any]:
    """Polylines (one per indicator) over every month between the first and last
    month with claims (the last ``max_months``); with axis ticks and a legend."""
    all_months = sorted({m for s in series.values() for m in s})
    if not all_months:
        return {"empty": True, "width": CHART_W, "height": CHART_H}
    months = _months(all_months[0], all_months[-1])[-max_months:]
    top = max((n for s in series.values() for m, n in s.items() if m in months), default=1) or 1
    iw, ih = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B
    step = iw / max(1, len(months) - 1)

    def xy(i: int, n: int) -> tuple[float, float]:
        return round(PAD_L + i * step, 1), round(PAD_T + ih - n / top * ih, 1)

    lines = []
    for ind in INDICATORS:
        if ind not in series:
            continue
        pts = [xy(i, series[ind].get(m, 0)) for i, m in enumerate(months)]
        lines.append({
            "indicator": ind,
            "series": INDICATORS.index(ind),
            "points": " ".join(f"{x},{y}" for x, y in pts),
            "dots": [{"x": x, "y": y, "month": m, "n": series[ind].get(m, 0)}
                     for (x, y), m in zip(pts, months, strict=True) if series[ind].get(m, 0)],
            "total": sum(series[ind].values()),
        })
    every = max(1, math.ceil(len(months) / 8))
    xticks = [{"x": xy(i, 0)[0], "label": m} for i, m in enumerate(months) if i % every == 0]
    yticks = [{"y": xy(0, v)[1], "label": v} for v in sorted({0, top // 2, top})]
    return {"empty": False, "width": CHART_W, "height": CHART_H, "lines": lines, "xticks": xticks,
            "yticks": yticks, "x0": PAD_L, "x1": CHART_W - PAD_R, "ybase": PAD_T + ih}


def world_map(points: list[dict[str, Any]]) -> dict[str, Any]:
    """Country outlines and one circle per place, area proportional to its claims."""
    top = max((int(p["claims"]) for p in points), default=1) or 1
    dots = []
    for p in points:
        x, y = mapdata.project(float(p["lon"]), float(p["lat"]))
        r = round(3 + 14 * math.sqrt(int(p["claims"]) / top), 1)
        dots.append({"x": x, "y": y, "r": r, "name": p["name"], "country": p.get("country"), "claims": p["claims"]})
    dots.sort(key=lambda d: -d["r"])  # small circles drawn last stay clickable
    return {"width": mapdata.WIDTH, "height": mapdata.HEIGHT, "countries": mapdata.country_paths(), "dots": dots}
