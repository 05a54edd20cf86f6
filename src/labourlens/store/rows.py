"""Conversions between the model's dataclasses and table rows (both directions), so
that :meth:`Store.analysis` rebuilds exactly what :meth:`Store.save` wrote."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from labourlens.model import (
    Amount,
    Analysis,
    CapturedDoc,
    Claim,
    DocMeta,
    EntityMention,
    IndicatorHit,
    PlaceMention,
    Sentence,
    Source,
    TimeMention,
)

PLACE_FIELDS = ("start", "end", "text", "name", "country", "admin1", "level", "lat", "lon", "gazetteer_id",
                "precision", "extractor")
AMOUNT_FIELDS = ("start", "end", "text", "currency", "value", "low", "high", "per", "stated_usd", "stated_text",
                 "usd", "usd_low", "usd_high", "fx_rate", "fx_date", "fx_source", "fx_note", "kind", "extractor")
TIME_FIELDS = ("start", "end", "text", "kind", "date", "date_end", "precision", "days_low", "days_high", "extractor")
ENTITY_FIELDS = ("start", "end", "text", "type", "name", "role", "extractor")
CLAIM_FIELDS = ("sentence", "start", "end", "text", "cue", "direct", "hedges", "hedged", "polarity", "unconfirmed",
                "future", "mechanisms", "event_time", "event_precision", "topics", "extractor")


def document_row(doc: CapturedDoc, analysis: Analysis | None) -> dict[str, Any]:
    meta = analysis.meta if analysis is not None else DocMeta()
    return {
        "id": doc.id,
        "parent_id": doc.parent_id,
        "container": bool(doc.container),
        "origin": doc.origin,
        "media_type": doc.media_type,
        "captured_at": doc.captured_at,
        "reader": doc.reader,
        "reader_version": doc.reader_version,
        "title": doc.title or meta.title,
        "author": doc.author,
        "outlet": meta.outlet or doc.outlet,
        "published": meta.published or doc.published,
        "published_precision": meta.published_precision if meta.published else ("day" if doc.published else None),
        "language": meta.language or doc.language,
        "translator": meta.translator,
        "original_language": meta.original_language,
        "url": doc.url,
        "text": doc.text or "",
        "status": doc.status,
        "reason": doc.reason,
        "analysis_version": analysis.version if analysis is not None else None,
        "notes": list(meta.notes),
        "paragraph_languages": [list(p) for p in analysis.paragraph_languages] if analysis is not None else [],
    }


def _pick(obj: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields}


def analysis_rows(doc_id: str, a: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Rows per table for one analysis (claims without ids; indicators listed per claim index)."""
    return {
        "sentences": [
            {"doc_id": doc_id, "idx": s.index, "start": s.start, "end": s.end, "text": s.text,
             "paragraph": s.paragraph, "kind": s.kind, "unconfirmed": s.unconfirmed, "quote": s.quote}
            for s in a.sentences
        ],
        "sources": [
            {"doc_id": doc_id, "key": s.key, "wording": s.wording, "kind": s.kind, "canonical": s.canonical,
             "location": s.location, "affiliation": s.affiliation, "relay": s.relay,
             "spans": [list(sp) for sp in s.spans]}
            for s in a.sources
        ],
        "claims": [
            {"doc_id": doc_id, "idx": c.index, "source_key": c.source, **_pick(c, CLAIM_FIELDS)} for c in a.claims
        ],
        "places": [{"doc_id": doc_id, **_pick(p, PLACE_FIELDS)} for p in a.places],
        "amounts": [{"doc_id": doc_id, **_pick(m, AMOUNT_FIELDS)} for m in a.amounts],
        "times": [{"doc_id": doc_id, **_pick(t, TIME_FIELDS)} for t in a.times],
        "entities": [{"doc_id": doc_id, **_pick(e, ENTITY_FIELDS)} for e in a.entities],
    }


def indicator_rows(doc_id: str, claim_id: int, claim: Claim) -> list[dict[str, Any]]:
    return [
        {"claim_id": claim_id, "doc_id": doc_id, "indicator": h.indicator, "rule": h.rule, "start": h.start,
         "end": h.end, "cue": h.cue}
        for h in claim.indicators
    ]


def _fields(row: Mapping[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    return {f: row[f] for f in fields}


def build_analysis(
    doc: Mapping[str, Any],
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    indicators: Mapping[int, Sequence[Mapping[str, Any]]],
) -> Analysis:
    """An :class:`Analysis` from a document row, its rows per table (ordered) and
    indicator rows per claim id."""
    meta = DocMeta(
        outlet=doc["outlet"],
        translator=doc["translator"],
        original_language=doc["original_language"],
        language=doc["language"],
        published=doc["published"],
        published_precision=doc["published_precision"],
        title=doc["title"],
        notes=list(doc["notes"] or []),
    )
    claims = []
    for r in tables["claims"]:
        hits = [
            IndicatorHit(indicator=h["indicator"], rule=h["rule"], start=h["start"], end=h["end"], cue=h["cue"])
            for h in indicators.get(r["id"], [])
        ]
        values = _fields(r, CLAIM_FIELDS)
        for key in ("hedges", "mechanisms", "topics"):
            values[key] = list(values[key] or [])
        claims.append(Claim(index=r["idx"], source=r["source_key"], indicators=hits, **values))
    return Analysis(
        meta=meta,
        sentences=[
            Sentence(index=r["idx"], start=r["start"], end=r["end"], text=r["text"], paragraph=r["paragraph"],
                     kind=r["kind"], unconfirmed=bool(r["unconfirmed"]), quote=r["quote"])
            for r in tables["sentences"]
        ],
        sources=[
            Source(key=r["key"], wording=r["wording"], kind=r["kind"], canonical=r["canonical"],
                   location=r["location"], affiliation=r["affiliation"], relay=r["relay"],
                   spans=[(int(a), int(b)) for a, b in (r["spans"] or [])])
            for r in tables["sources"]
        ],
        claims=claims,
        places=[PlaceMention(**_fields(r, PLACE_FIELDS)) for r in tables["places"]],
        amounts=[Amount(**_fields(r, AMOUNT_FIELDS)) for r in tables["amounts"]],
        times=[TimeMention(**_fields(r, TIME_FIELDS)) for r in tables["times"]],
        entities=[EntityMention(**_fields(r, ENTITY_FIELDS)) for r in tables["entities"]],
        paragraph_languages=[(int(p), str(lang)) for p, lang in (doc["paragraph_languages"] or [])],
        version=doc["analysis_version"] or "analysis.v1",
    )
