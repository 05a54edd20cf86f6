"""Cut a document's text into segments for the highlighted document view.

Every kind of mention (claim, speaker, place, amount, date, indicator cue) is a
span with a CSS class and a hover title; overlapping spans are split at every
boundary, so each segment carries the set of kinds that cover it. The template
escapes the text; nothing here produces HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from labourlens.model import Analysis

KINDS: dict[str, str] = {
    "claim": "claim",
    "speaker": "speaker",
    "place": "place",
    "amount": "amount",
    "time": "date",
    "indicator": "indicator cue",
}


@dataclass
class Mark:
    start: int
    end: int
    kind: str
    title: str
    claim: int | None = None  # claim index, for claim spans


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    claim: int | None = None
    selected: bool = False
    anchor: str | None = None  # set on the first segment of each claim

    @property
    def css(self) -> str:
        out = " ".join(f"hl-{k}" for k in self.kinds)
        return (out + " hl-selected") if self.selected else out

    @property
    def title(self) -> str:
        return "\n".join(self.titles)


def _usd(a: Any) -> str:
    if a.kind == "percent":
        return "percentage"
    if a.usd is not None:
        rate = f" at {a.fx_rate:.4g} {a.currency}/USD ({a.fx_date})" if a.fx_rate else ""
        return f"{a.currency or '?'} {a.value if a.value is not None else ''} = USD {a.usd:,.2f}{rate}"
    return f"{a.currency or 'unknown currency'}: no USD value" + (f" ({a.fx_note})" if a.fx_note else "")


def marks(analysis: Analysis) -> list[Mark]:
    """Every highlighted span of one document's analysis."""
    out: list[Mark] = []
    for c in analysis.claims:
        flags = [x for x, on in (("hedged", c.hedged), ("negated", c.polarity == "negated"),
                                 ("unconfirmed", c.unconfirmed)) if on]
        ind = ", ".join(sorted({h.indicator for h in c.indicators})) or "no indicator"
        out.append(Mark(c.start, c.end, "claim", f"claim {c.index + 1}: {ind}" + (f" ({', '.join(flags)})"
                                                                                  if flags else ""), c.index))
        for h in c.indicators:
            out.append(Mark(h.start, h.end, "indicator", f"indicator {h.indicator} (rule {h.rule})"))
    for s in analysis.sources:
        for start, end in s.spans:
            label = s.canonical or s.wording or s.key
            out.append(Mark(start, end, "speaker", f"speaker {s.key}: {label} ({s.kind})"))
    for p in analysis.places:
        where = ", ".join(x for x in (p.name, p.admin1, p.country) if x)
        out.append(Mark(p.start, p.end, "place", f"place: {where} [{p.level}]"))
    for a in analysis.amounts:
        out.append(Mark(a.start, a.end, "amount", f"amount: {_usd(a)}"))
    for tm in analysis.times:
        out.append(Mark(tm.start, tm.end, "time", f"date: {tm.date or tm.kind} ({tm.precision})"))
    return [m for m in out if 0 <= m.start < m.end]


def segments(text: str, found: list[Mark], selected_claim: int | None = None) -> list[Segment]:
    """``text`` cut at every mark boundary; each piece lists the marks covering it."""
    n = len(text)
    cuts = {0, n}
    for m in found:
        cuts.add(min(m.start, n))
        cuts.add(min(m.end, n))
    points = sorted(cuts)
    out: list[Segment] = []
    ordered = sorted(found, key=lambda m: (m.start, -m.end))
    for a, b in zip(points, points[1:], strict=False):
        if a >= b:
            continue
        seg = Segment(text[a:b])
        for m in ordered:
            if m.start <= a and b <= m.end:
                if m.kind not in seg.kinds:
                    seg.kinds.append(m.kind)
                seg.titles.append(m.title)
                if m.kind == "claim":
                    seg.claim = m.claim
                    seg.selected = seg.selected or (selected_claim is not None and m.claim == selected_claim)
        out.append(seg)
    return out


def paragraphs(segs: list[Segment]) -> list[list[Segment]]:
    """Segments grouped into paragraphs at blank lines (a segment is split at them)."""
    paras: list[list[Segment]] = [[]]
    for seg in segs:
        pieces = seg.text.split("\n\n")
        for i, piece in enumerate(pieces):
            if i > 0:
                paras.append([])
            if piece:
                paras[-1].append(Segment(piece, seg.kinds, seg.titles, seg.claim, seg.selected, seg.anchor if i == 0 else None))
    return [p for p in paras if p]
