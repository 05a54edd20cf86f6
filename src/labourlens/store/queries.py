"""Read queries behind :class:`~labourlens.store.core.Store`: status counts, claim
filters, speakers. Kept apart so the store module stays about writing."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from labourlens.errors import UsageError
from labourlens.model import INDICATORS, SPEAKER_KINDS
from labourlens.store import dialect
from labourlens.store import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.store.core import Store

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _grouped(conn: sa.Connection, column: Any, where: Any) -> dict[str, int]:
    rows = conn.execute(
        sa.select(column, sa.func.count()).select_from(t.documents).where(where).group_by(column)
    ).all()
    return {str(k) if k is not None else "unknown": int(n) for k, n in sorted(rows, key=lambda r: -r[1])}


def status(store: Store) -> dict[str, Any]:
    d = t.documents
    docs = d.c.container.is_(False)
    ok_docs = sa.and_(docs, d.c.status == "ok")
    with store.engine.connect() as conn:
        failures = [
            {"id": r.id, "origin": r.origin, "status": r.status, "reason": r.reason}
            for r in conn.execute(
                sa.select(d.c.id, d.c.origin, d.c.status, d.c.reason)
                .where(d.c.status != "ok")
                .order_by(d.c.status, d.c.origin)
            )
        ]
        hits = conn.execute(
            sa.select(t.claim_indicators.c.indicator, sa.func.count(sa.distinct(t.claims.c.id)))
            .join(t.claims, t.claims.c.id == t.claim_indicators.c.claim_id)
            .where(t.claims.c.polarity == "affirmed")
            .group_by(t.claim_indicators.c.indicator)
        ).all()
        indicators = {str(k): int(n) for k, n in hits}
        containers = conn.execute(sa.select(sa.func.count()).select_from(d).where(d.c.container.is_(True))).scalar_one()
        result: dict[str, Any] = {
            "database": store.url,
            "originals": str(store.originals),
            "documents": conn.execute(sa.select(sa.func.count()).select_from(d).where(docs)).scalar_one(),
            "containers": containers,
            "by_status": _grouped(conn, d.c.status, docs),
            "by_format": _grouped(conn, sa.func.coalesce(d.c.reader, "none"), docs),
            "by_outlet": _grouped(conn, d.c.outlet, ok_docs),
            "by_language": _grouped(conn, d.c.language, ok_docs),
        }
    counts = store.counts()
    result.update({name: counts[name] for name in ("claims", "sources", "places", "amounts")})
    result["indicators"] = {k: indicators[k] for k in INDICATORS if k in indicators}
    result["failures"] = failures
    return result


def partial_date_ok(value: str) -> bool:
    """Whether ``value`` is a real ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date (not 2024-13)."""
    if not _DATE.match(value):
        return False
    parts = value.split("-")
    try:
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if not partial_date_ok(value):
        raise UsageError(f"{name} must be a date like 2024-05-01, 2024-05 or 2024 (got {value!r})")
    return value


def _check_country(value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise UsageError(f"--country wants a two-letter ISO country code such as CN or RU (got {value!r}); "
                         "use --place for a place name")
    return code


def claims(
    store: Store,
    *,
    indicator: str | None = None,
    place: str | None = None,
    country: str | None = None,
    speaker_kind: str | None = None,
    hedged: bool | None = None,
    negated: bool | None = None,
    unconfirmed: bool | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    document: str | None = None,
    corroborated: int | None = None,
    text: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Claims matching every filter given, newest documents first.

    ``indicator`` keeps affirmed claims with that ILO indicator; ``place`` /
    ``country`` keep claims whose sentence mentions that place (canonical name, as
    written, or its admin1) / a place in that ISO country; ``date_from``/``date_to``
    compare the claim's event time, or else the document's publication date;
    ``document`` is an id prefix; ``corroborated`` the least number of independent
    origins (the linker counts them; 1 until it has); ``text`` full-text words."""
    c, s, d, p = t.claims, t.sources, t.documents, t.places
    ci = t.claim_indicators
    when = sa.func.coalesce(c.c.event_time, d.c.published)
    query = (
        sa.select(
            c,
            s.c.wording.label("speaker"),
            s.c.kind.label("speaker_kind"),
            s.c.canonical.label("speaker_canonical"),
            s.c.relay.label("relay"),
            d.c.title,
            d.c.outlet,
            d.c.published,
            d.c.origin,
            d.c.url,
        )
        .join(d, d.c.id == c.c.doc_id)
        .outerjoin(s, sa.and_(s.c.doc_id == c.c.doc_id, s.c.key == c.c.source_key))
    )
    conds: list[Any] = []
    if indicator is not None:
        if indicator not in INDICATORS:
            raise UsageError(f"unknown indicator {indicator!r}; choose one of: {', '.join(INDICATORS)}")
        conds.append(c.c.polarity == "affirmed")
        conds.append(sa.exists().where(ci.c.claim_id == c.c.id, ci.c.indicator == indicator))
    in_claim = sa.and_(p.c.doc_id == c.c.doc_id, p.c.start >= c.c.start, p.c.end <= c.c.end)
    if place:
        low = place.strip().lower()
        conds.append(
            sa.exists().where(
                in_claim,
                sa.or_(sa.func.lower(p.c.name) == low, sa.func.lower(p.c.text) == low, sa.func.lower(p.c.admin1) == low),
            )
        )
    if country:
        conds.append(sa.exists().where(in_claim, p.c.country == _check_country(country)))
    if speaker_kind is not None:
        if speaker_kind not in SPEAKER_KINDS:
            raise UsageError(f"unknown speaker kind {speaker_kind!r}; choose one of: {', '.join(SPEAKER_KINDS)}")
        conds.append(s.c.kind == speaker_kind)
    if hedged is not None:
        conds.append(c.c.hedged.is_(hedged))
    if negated is not None:
        conds.append(c.c.polarity == ("negated" if negated else "affirmed"))
    if unconfirmed is not None:
        conds.append(c.c.unconfirmed.is_(unconfirmed))
    if _check_date(date_from, "--from"):
        conds.append(when >= date_from)
    if _check_date(date_to, "--to"):
        conds.append(sa.func.substr(when, 1, len(date_to or "")) <= date_to)
    if date_from or date_to:
        conds.append(when.is_not(None))
    if document:
        conds.append(c.c.doc_id == store.resolve(document))
    if corroborated is not None:
        conds.append(c.c.independent_origins >= corroborated)
    if offset < 0 or (limit is not None and limit < 0):
        raise UsageError("--limit and --offset must not be negative")
    with store.engine.connect() as conn:
        if text:
            ids = dialect.search_claim_ids(conn, text)
            conds.append(c.c.id.in_(ids) if ids is not None else c.c.text.ilike(f"%{text}%"))
        query = query.where(*conds).order_by(d.c.published.desc().nulls_last(), c.c.doc_id, c.c.idx)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        found = [dict(r) for r in conn.execute(query).mappings()]
        _attach(conn, found)
    return found


def _attach(conn: sa.Connection, found: list[dict[str, Any]]) -> None:
    """Add indicator hits and places in the claim's span to each claim dict."""
    if not found:
        return
    ids = [r["id"] for r in found]
    docs = sorted({r["doc_id"] for r in found})
    hits: dict[int, list[dict[str, Any]]] = {}
    ci, p = t.claim_indicators, t.places
    for chunk in range(0, len(ids), 500):
        q = sa.select(ci).where(ci.c.claim_id.in_(ids[chunk : chunk + 500])).order_by(ci.c.id)
        for hit in conn.execute(q).mappings():
            hits.setdefault(hit["claim_id"], []).append(
                {k: hit[k] for k in ("indicator", "rule", "cue", "start", "end")}
            )
    places: dict[str, list[dict[str, Any]]] = {}
    for chunk in range(0, len(docs), 500):
        q = sa.select(p).where(p.c.doc_id.in_(docs[chunk : chunk + 500])).order_by(p.c.start)
        for row in conn.execute(q).mappings():
            places.setdefault(row["doc_id"], []).append(dict(row))
    for r in found:
        r["indicator_hits"] = hits.get(r["id"], [])
        r["indicators"] = sorted({h["indicator"] for h in r["indicator_hits"]}, key=INDICATORS.index)
        names: list[str] = []
        countries: list[str] = []
        for pl in places.get(r["doc_id"], []):
            if r["start"] <= pl["start"] and pl["end"] <= r["end"]:
                if pl["name"] not in names:
                    names.append(pl["name"])
                if pl["country"] and pl["country"] not in countries:
                    countries.append(pl["country"])
        r["places"] = names
        r["countries"] = countries


def sources(store: Store, kind: str | None = None) -> list[dict[str, Any]]:
    if kind is not None and kind not in SPEAKER_KINDS:
        raise UsageError(f"unknown speaker kind {kind!r}; choose one of: {', '.join(SPEAKER_KINDS)}")
    s, c, d = t.sources, t.claims, t.documents
    n_claims = (
        sa.select(sa.func.count())
        .where(c.c.doc_id == s.c.doc_id, c.c.source_key == s.c.key)
        .scalar_subquery()
    )
    query = (
        sa.select(s, n_claims.label("claims"), d.c.title, d.c.outlet.label("doc_outlet"), d.c.published)
        .join(d, d.c.id == s.c.doc_id)
        .order_by(s.c.kind, sa.func.lower(sa.func.coalesce(s.c.canonical, s.c.wording, "")), s.c.doc_id)
    )
    if kind is not None:
        query = query.where(s.c.kind == kind)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]
