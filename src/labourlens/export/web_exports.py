"""Exports of a filtered set of claims: CSV, JSON Lines and GeoJSON.

Claims come from :func:`labourlens.web.queries.iter_claims`, so they carry the
review state with corrections applied (the values a reviewer set are what is
exported) and the original extraction under ``original_*`` columns. Every
function streams: it yields text chunks and never holds the whole export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from labourlens.store import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.store import Store
    from labourlens.web.queries import ClaimFilter

FORMATS: dict[str, tuple[str, str]] = {
    "csv": ("text/csv; charset=utf-8", "claims.csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "claims.jsonl"),
    "geojson": ("application/geo+json; charset=utf-8", "claims.geojson"),
}

CSV_COLUMNS: tuple[str, ...] = (
    "id", "doc_id", "idx", "text", "speaker", "speaker_kind", "relay", "outlet", "translator", "title",
    "published", "event_time", "indicators", "hedged", "polarity", "unconfirmed", "independent_origins",
    "places", "countries", "review_status", "original_speaker", "original_indicators", "original_hedged",
    "original_polarity", "url", "origin",
)

__all__ = ["CSV_COLUMNS", "FORMATS", "claim_record", "export", "to_csv", "to_geojson", "to_jsonl"]


def claim_record(row: dict[str, Any]) -> dict[str, Any]:
    """The exported fields of one claim row (JSON-serialisable)."""
    out = {k: row.get(k) for k in CSV_COLUMNS}
    for key in ("hedged", "unconfirmed"):
        out[key] = bool(out[key]) if out[key] is not None else None
    out["indicator_hits"] = row.get("indicator_hits", [])
    return out


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # no formula injection when the CSV is opened in a spreadsheet
    return value


def to_csv(claims: Iterable[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for row in claims:
        rec = claim_record(row)
        writer.writerow([_csv_value(rec[k]) for k in CSV_COLUMNS])
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def to_jsonl(claims: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in claims:
        yield json.dumps(claim_record(row), ensure_ascii=False, default=str) + "\n"


def _coordinates(store: Store, claims: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """Places with coordinates inside each claim's span."""
    p = t.places
    docs = sorted({c["doc_id"] for c in claims})
    by_doc: dict[str, list[Any]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(docs), 500):
            q = sa.select(p.c.doc_id, p.c.start, p.c.end, p.c.name, p.c.country, p.c.lat, p.c.lon).where(
                p.c.doc_id.in_(docs[i : i + 500]), p.c.lat.is_not(None), p.c.lon.is_not(None))
            for r in conn.execute(q):
                by_doc.setdefault(r.doc_id, []).append(r)
    out: dict[int, list[dict[str, Any]]] = {}
    for c in claims:
        seen: set[str] = set()
        for r in by_doc.get(c["doc_id"], []):
            if c["start"] <= r.start and r.end <= c["end"] and r.name not in seen:
                seen.add(r.name)
                out.setdefault(c["id"], []).append({"name": r.name, "country": r.country, "lat": r.lat, "lon": r.lon})
    return out


def to_geojson(store: Store, claims: Iterable[dict[str, Any]], batch: int = 500) -> Iterator[str]:
    """A FeatureCollection with one Point feature per (claim, place with coordinates)."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    chunk: list[dict[str, Any]] = []

    def flush() -> Iterator[str]:
        nonlocal first
        coords = _coordinates(store, chunk)
        for c in chunk:
            for place in coords.get(c["id"], []):
                feature = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                    "properties": {**claim_record(c), "place": place["name"], "place_country": place["country"]},
                }
                yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False, default=str)
                first = False

    for row in claims:
        chunk.append(row)
        if len(chunk) >= batch:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()
    yield "]}\n"


def export(store: Store, f: ClaimFilter, fmt: str, sort: str = "newest") -> Iterator[str]:
    """The claims matching ``f`` in ``fmt`` (csv, jsonl, geojson), as text chunks."""
    from labourlens.web.queries import iter_claims

    claims = iter_claims(store, f, sort=sort)
    if fmt == "csv":
        return to_csv(claims)
    if fmt == "jsonl":
        return to_jsonl(claims)
    if fmt == "geojson":
        return to_geojson(store, claims)
    from labourlens.errors import UsageError

    raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
