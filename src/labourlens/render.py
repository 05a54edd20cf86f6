"""Terminal rendering with rich: highlighted document text, tables for status,
claims, sources and search results. The CLI calls these; nothing here touches the
store or reads files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from labourlens.model import Analysis

# (style, label) per kind of span; later entries are drawn on top of earlier ones.
STYLES: dict[str, tuple[str, str]] = {
    "claim": ("underline", "claim (underlined; dim when negated, italic when hedged)"),
    "time": ("magenta", "time"),
    "entity": ("blue", "organisation / person"),
    "place": ("bold green", "place"),
    "amount": ("bold yellow", "amount"),
    "speaker": ("bold cyan", "speaker"),
    "indicator": ("bold white on red", "indicator cue"),
}


def legend() -> Text:
    out = Text("Legend: ")
    for style, label in STYLES.values():
        out.append(label, style=style)
        out.append("  ")
    return out


def highlight(text: str, analysis: Analysis | None) -> Text:
    """The document text with claims, speakers, places, amounts, times and indicator
    cues styled. Report text is untrusted: it is never parsed as markup."""
    out = Text(text)
    if analysis is None:
        return out
    n = len(text)

    def mark(start: int, end: int, style: str) -> None:
        if 0 <= start < end <= n:
            out.stylize(style, start, end)

    for c in analysis.claims:
        style = STYLES["claim"][0]
        if c.polarity == "negated":
            style += " dim"
        if c.hedged:
            style += " italic"
        mark(c.start, c.end, style)
    for t in analysis.times:
        mark(t.start, t.end, STYLES["time"][0])
    for e in analysis.entities:
        mark(e.start, e.end, STYLES["entity"][0])
    for p in analysis.places:
        mark(p.start, p.end, STYLES["place"][0])
    for a in analysis.amounts:
        mark(a.start, a.end, STYLES["amount"][0])
    for s in analysis.sources:
        for start, end in s.spans:
            mark(start, end, STYLES["speaker"][0])
    for c in analysis.claims:
        for h in c.indicators:
            mark(h.start, h.end, STYLES["indicator"][0])
    return out


def snippet(value: str, open_mark: str = "\x02", close_mark: str = "\x03") -> Text:
    """A search snippet with its matched words in bold."""
    out = Text()
    bold = False
    buf = ""
    for ch in value.replace("\n", " "):
        if ch in (open_mark, close_mark):
            out.append(buf, style="bold yellow" if bold else "")
            buf = ""
            bold = ch == open_mark
        else:
            buf += ch
    out.append(buf, style="bold yellow" if bold else "")
    return out


def plain_snippet(value: str) -> str:
    return value.replace("\x02", "[").replace("\x03", "]").replace("\n", " ")


def counts_table(title: str, counts: Mapping[str, int]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(title.split(" ")[-1])
    table.add_column("documents", justify="right")
    for key, n in counts.items():
        table.add_row(Text(key), str(n))
    return table


def status_view(status: Mapping[str, Any]) -> Group:
    parts: list[Any] = [
        Text.assemble(("Database: ", "bold"), status["database"]),
        Text.assemble(("Originals: ", "bold"), status["originals"]),
        Text.assemble(
            ("Documents: ", "bold"), str(status["documents"]),
            f"  (plus {status['containers']} containers)  claims {status['claims']}, sources {status['sources']}, "
            f"places {status['places']}, amounts {status['amounts']}",
        ),
    ]
    for key, title in (("by_status", "By status"), ("by_format", "By format"), ("by_outlet", "By outlet"),
                       ("by_language", "By language")):
        if status[key]:
            parts.append(counts_table(title, status[key]))
    if status.get("indicators"):
        table = Table(title="Indicators (affirmed claims)", title_justify="left")
        table.add_column("indicator")
        table.add_column("claims", justify="right")
        for k, n in status["indicators"].items():
            table.add_row(k, str(n))
        parts.append(table)
    if status["failures"]:
        table = Table(title="Failed and skipped", title_justify="left")
        table.add_column("status")
        table.add_column("origin", overflow="fold")
        table.add_column("reason", overflow="fold")
        for f in status["failures"]:
            table.add_row(f["status"], Text(f["origin"]), Text(f["reason"] or ""))
        parts.append(table)
    return Group(*parts)


def metadata_table(doc: Mapping[str, Any]) -> Table:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    fields = ("title", "outlet", "author", "published", "language", "translator", "original_language", "url",
              "status", "reason", "id", "origin", "captured_at", "reader", "reader_version", "media_type",
              "original_path", "inside", "parent_id", "analysis_version")
    for f in fields:
        value = doc.get(f)
        if value not in (None, ""):
            label = f.replace("_", " ")
            if f == "reader":
                value = f"{value} {doc.get('reader_version') or ''}".strip()
            if f == "reader_version" or f == "parent_id" and doc.get("inside"):
                continue
            table.add_row(label, Text(str(value)))
    return table


def _speaker(c: Mapping[str, Any]) -> str:
    if c.get("speaker_kind") == "outlet" or c.get("source_key") == "OUTLET":
        return "(outlet's own voice)"
    return str(c.get("speaker") or c.get("speaker_canonical") or c.get("source_key") or "")


def claims_table(claims: Sequence[Mapping[str, Any]], title: str | None = None, show_doc: bool = True) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("#", justify="right")
    if show_doc:
        table.add_column("doc")
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("speaker", overflow="fold", ratio=1)
    table.add_column("kind")
    table.add_column("flags")
    table.add_column("indicators", overflow="fold")
    table.add_column("places", overflow="fold")
    for c in claims:
        flags = []
        if c.get("hedged"):
            flags.append("hedged")
        if c.get("polarity") == "negated":
            flags.append("negated")
        if c.get("unconfirmed"):
            flags.append("unconfirmed")
        if (c.get("independent_origins") or 1) > 1:
            flags.append(f"{c['independent_origins']} origins")
        row: list[str | Text] = [str(c.get("idx", ""))]
        if show_doc:
            row.append(str(c.get("doc_id", ""))[:10])
        row += [
            Text(str(c.get("text", "")).strip()),
            Text(_speaker(c)),
            str(c.get("speaker_kind") or ""),
            ", ".join(flags),
            ", ".join(c.get("indicators") or []),
            Text(", ".join(c.get("places") or [])),
        ]
        table.add_row(*row)
    return table


def claims_list(claims: Sequence[Mapping[str, Any]], title: str | None = None, show_doc: bool = True) -> Group:
    """The claims as blocks of text, for terminals too narrow for the table."""
    parts: list[Any] = [Text(title, style="bold")] if title else []
    for c in claims:
        head = Text(f"{c.get('idx', '')}", style="bold")
        if show_doc:
            head.append(f"  {str(c.get('doc_id', ''))[:10]}", style="dim")
        head.append(f"  [{c.get('speaker_kind') or '?'}] ", style="cyan")
        head.append(_speaker(c), style="bold cyan")
        flags = [f for f in ("hedged", "unconfirmed") if c.get(f)]
        if c.get("polarity") == "negated":
            flags.append("negated")
        if flags:
            head.append("  " + ", ".join(flags), style="magenta")
        parts.append(head)
        parts.append(Text("    " + " ".join(str(c.get("text", "")).split())))
        extra = []
        if c.get("indicators"):
            extra.append("indicators: " + ", ".join(c["indicators"]))
        if c.get("places"):
            extra.append("places: " + ", ".join(c["places"]))
        if extra:
            parts.append(Text("    " + "; ".join(extra), style="red"))
    return Group(*parts)


def claims_view(claims: Sequence[Mapping[str, Any]], width: int, title: str | None = None,
                show_doc: bool = True) -> Table | Group:
    """A table on wide terminals, blocks of text on narrow ones."""
    if width >= 120:
        return claims_table(claims, title=title, show_doc=show_doc)
    return claims_list(claims, title=title, show_doc=show_doc)


def analysis_claims(analysis: Analysis, doc_id: str = "") -> list[dict[str, Any]]:
    """Claims of one analysis as the flat dicts :func:`claims_table` takes."""
    out = []
    for c in analysis.claims:
        src = analysis.source(c.source)
        places = [p.name for p in analysis.places if c.start <= p.start and p.end <= c.end]
        out.append({
            "idx": c.index, "doc_id": doc_id, "text": c.text, "source_key": c.source,
            "speaker": src.wording if src else None, "speaker_kind": src.kind if src else None,
            "hedged": c.hedged, "polarity": c.polarity, "unconfirmed": c.unconfirmed,
            "indicators": sorted({h.indicator for h in c.indicators}), "places": list(dict.fromkeys(places)),
            "cue": c.cue, "hedges": c.hedges,
        })
    return out


def mentions_table(analysis: Analysis) -> Table:
    table = Table(title="Places, amounts and times", title_justify="left")
    table.add_column("kind")
    table.add_column("text", overflow="fold")
    table.add_column("value", overflow="fold")
    for p in analysis.places:
        table.add_row("place", Text(p.text), Text(f"{p.name} ({p.country or '?'}, {p.level})"))
    for a in analysis.amounts:
        table.add_row(a.kind, Text(a.text), Text(amount_value(a)))
    for t in analysis.times:
        table.add_row(t.kind, Text(t.text), Text(time_value(t)))
    return table


def _num(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def amount_value(a: Any) -> str:
    """One amount for people: ``300 KWD per month = USD 975 (stated in the text)``."""
    if a.kind == "percent":
        if a.value is not None:
            return f"{_num(a.value)}%"
        return f"{_num(a.low)}-{_num(a.high)}%" if a.low is not None and a.high is not None else "?%"
    if a.value is not None:
        amount = _num(a.value)
    elif a.low is not None and a.high is not None:
        amount = f"{_num(a.low)}-{_num(a.high)}"
    else:
        amount = "?"
    value = f"{amount} {a.currency or '?'}" + (f" per {a.per}" if a.per else "")
    if a.usd is not None:
        usd = f"{_num(a.usd_low)}-{_num(a.usd_high)}" if a.usd_low is not None and a.usd_high is not None \
            else _num(a.usd)
        how = ", ".join(str(x) for x in (a.fx_source, a.fx_date) if x)
        value += f" = USD {usd}" + (f" ({how})" if how else "")
    elif a.fx_note:
        value += f" (no USD value: {a.fx_note})"
    return value


def time_value(t: Any) -> str:
    """One time mention for people: a date with its precision, or a duration in days."""
    if t.days_low is not None:
        low, high = t.days_low, t.days_high if t.days_high is not None else t.days_low
        return f"{_num(low)} days" if abs(high - low) < 0.01 else f"{_num(low)}-{_num(high)} days"
    if not t.date:
        return "?"
    if t.precision == "year":
        return t.date[:4]
    if t.precision == "month":
        return t.date[:7]
    if t.precision in ("day", "unknown", None) or not t.date_end or t.date_end == t.date:
        return t.date
    return f"{t.date} to {t.date_end} ({t.precision})"


def sources_tables(rows: Iterable[Mapping[str, Any]]) -> list[Table]:
    by_kind: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        by_kind.setdefault(str(r["kind"]), []).append(r)
    tables = []
    for kind, items in by_kind.items():
        table = Table(title=f"{kind} ({len(items)})", title_justify="left")
        table.add_column("speaker", overflow="fold", ratio=2)
        table.add_column("qualifiers", overflow="fold")
        table.add_column("claims", justify="right")
        table.add_column("document", overflow="fold", ratio=2)
        for r in items:
            quals = [q for q in (r.get("location"), r.get("affiliation"), r.get("relay") and f"via {r['relay']}") if q]
            name = r.get("wording") or r.get("canonical") or ("(outlet's own voice)" if kind == "outlet" else "")
            if r.get("canonical") and r.get("wording") and r["canonical"] not in r["wording"]:
                name = f"{r['wording']} [{r['canonical']}]"
            doc = f"{str(r['doc_id'])[:10]} {r.get('title') or ''}".strip()
            table.add_row(Text(str(name)), Text(", ".join(quals)), str(r.get("claims", 0)), Text(doc))
        tables.append(table)
    return tables


def search_table(hits: Sequence[Mapping[str, Any]]) -> Table:
    table = Table(title=f"{len(hits)} documents", title_justify="left")
    table.add_column("doc")
    table.add_column("title / snippet", overflow="fold")
    table.add_column("score", justify="right")
    for h in hits:
        head = Text(str(h.get("title") or h.get("origin") or ""), style="bold")
        meta = " · ".join(str(x) for x in (h.get("outlet"), h.get("published")) if x)
        if meta:
            head.append(f"  {meta}", style="dim")
        table.add_row(str(h["doc_id"])[:10], Text("\n").join([head, snippet(str(h.get("snippet") or ""))]),
                      f"{h['score']:.2f}")
    return table
