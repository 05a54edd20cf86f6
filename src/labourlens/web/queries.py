"""Read queries behind the web pages and the JSON API: the filtered, sorted, paged
claims table with review status, and the dashboard's counts, chart and map data.

Written with SQLAlchemy Core against :mod:`labourlens.store.schema`; the store's
own queries do not page, sort or know about reviews."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from labourlens import review
from labourlens.errors import UsageError
from labourlens.model import INDICATORS, SPEAKER_KINDS
from labourlens.store import dialect
from labourlens.store import schema as t
from labourlens.store.queries import partial_date_ok

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.store import Store

SORTS: dict[str, str] = {
    "newest": "newest published first",
    "oldest": "oldest published first",
    "event": "latest event first",
    "corroborated": "most independent origins first",
    "speaker": "speaker A-Z",
}
MAX_PER_PAGE = 500


@dataclass
class ClaimFilter:
    """Every filter of the claims table; empty values mean "any"."""

    indicator: str | None = None
    country: str | None = None
    place: str | None = None
    speaker_kind: str | None = None
    hedged: bool | None = None
    negated: bool | None = None
    unconfirmed: bool | None = None
    corroborated: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    review: str | None = None
    q: str | None = None
    outlet: str | None = None
    document: str | None = None
    source: str | None = None  # a source key within ``document``

    def check(self) -> ClaimFilter:
        if self.indicator and self.indicator not in INDICATORS:
            raise UsageError(f"unknown indicator {self.indicator!r}; choose one of: {', '.join(INDICATORS)}")
        if self.speaker_kind and self.speaker_kind not in SPEAKER_KINDS:
            raise UsageError(f"unknown speaker kind {self.speaker_kind!r}; choose one of: {', '.join(SPEAKER_KINDS)}")
        if self.review and self.review not in review.REVIEW_STATUSES:
            raise UsageError(f"unknown review status {self.review!r}; choose one of: "
                             + ", ".join(review.REVIEW_STATUSES))
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value and not partial_date_ok(value):
                raise UsageError(f"{name} must be a date like 2024-05-01, 2024-05 or 2024 (got {value!r})")
        if self.corroborated is not None and self.corroborated < 1:
            raise UsageError("corroborated must be 1 or more")
        if self.source and not self.document:
            raise UsageError("a source filter needs the document it belongs to")
        return self

    def params(self) -> dict[str, str]:
        """The filter as query-string parameters (for links, paging and exports)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == "":
                continue
            out[f.name] = ("true" if value else "false") if isinstance(value, bool) else str(value)
        return out

    def active(self) -> bool:
        return any(v not in (None, "") for v in asdict(self).values())


def _when(c: Any, d: Any) -> Any:
    return sa.func.coalesce(c.c.event_time, d.c.published)


def _conditions(store: Store, conn: sa.Connection, f: ClaimFilter, fts_driver: bool = True) -> list[Any]:
    """SQL conditions for ``f``. ``fts_driver=False`` keeps SQLite from starting at the
    full-text matches (for a common word it is faster to walk claims in page order)."""
    c, s, d, p, ci, r = t.claims, t.sources, t.documents, t.places, t.claim_indicators, t.reviews
    conds: list[Any] = []  # cheap column tests first: SQLite evaluates terms in order
    later: list[Any] = []
    if f.indicator:
        conds.append(c.c.polarity == "affirmed")
        # an IN list (not EXISTS) lets SQLite start from the indicator index when that is selective
        conds.append(c.c.id.in_(sa.select(ci.c.claim_id).where(ci.c.indicator == f.indicator)))
    in_claim = sa.and_(p.c.doc_id == c.c.doc_id, p.c.start >= c.c.start, p.c.end <= c.c.end)
    if f.place:
        low = f.place.strip().lower()
        later.append(sa.exists().where(in_claim, sa.or_(
            sa.func.lower(p.c.name) == low, sa.func.lower(p.c.text) == low, sa.func.lower(p.c.admin1) == low)))
    if f.country:
        later.append(sa.exists().where(in_claim, p.c.country == f.country.strip().upper()))
    if f.speaker_kind:
        conds.append(s.c.kind == f.speaker_kind)
    if f.hedged is not None:
        conds.append(c.c.hedged.is_(f.hedged))
    if f.negated is not None:
        conds.append(c.c.polarity == ("negated" if f.negated else "affirmed"))
    if f.unconfirmed is not None:
        conds.append(c.c.unconfirmed.is_(f.unconfirmed))
    if f.corroborated is not None:
        conds.append(c.c.independent_origins >= f.corroborated)
    when = _when(c, d)
    if f.date_from:
        conds.append(when >= f.date_from)
    if f.date_to:
        conds.append(sa.func.substr(when, 1, len(f.date_to)) <= f.date_to)
    if f.outlet:
        conds.append(d.c.outlet == f.outlet)
    if f.document:
        conds.append(c.c.doc_id == store.resolve(f.document))
    if f.source:
        conds.append(c.c.source_key == f.source)
    if f.review:
        if f.review == "unreviewed":
            later.append(~sa.exists().where(r.c.claim_id == c.c.id))
        else:  # the claim's latest decision is the one asked for
            r2 = r.alias("later_reviews")
            newer = sa.exists().where(r2.c.claim_id == r.c.claim_id, r2.c.id > r.c.id)
            later.append(sa.exists().where(r.c.claim_id == c.c.id, r.c.decision == f.review, ~newer))
    if f.q and f.q.strip():
        match = dialect.fts_query(f.q)
        if dialect.is_sqlite(conn) and match:
            fts: Any = sa.select(sa.column("claim_id")).select_from(sa.table("claims_fts")).where(
                sa.text("claims_fts MATCH :fts_q").bindparams(fts_q=match))
            conds.append((c.c.id if fts_driver else c.c.id + 0).in_(fts))
        else:
            for word in f.q.split():
                conds.append(c.c.text.ilike(f"%{word}%"))
    return conds + later


def _order(sort: str, c: Any, s: Any, d: Any, conn: sa.Connection | None = None) -> list[Any]:
    # SQLite sorts NULLs first ascending, so a plain DESC already puts them last and lets
    # the published index give rows in order; other databases need NULLS LAST.
    sqlite = conn is not None and dialect.is_sqlite(conn)
    published = d.c.published.desc() if sqlite else d.c.published.desc().nulls_last()
    if sort == "oldest":
        return [d.c.published.asc().nulls_last(), d.c.id, c.c.idx]
    if sort == "event":
        return [_when(c, d).desc().nulls_last(), c.c.doc_id, c.c.idx]
    if sort == "corroborated":
        return [c.c.independent_origins.desc(), published, c.c.id]
    if sort == "speaker":
        return [sa.func.lower(sa.func.coalesce(s.c.canonical, s.c.wording, d.c.outlet, "")), c.c.id]
    return [published, d.c.id, c.c.idx]


COMMON_SHARE = 0.2  # a full-text query matching more than this share of claims counts as common
COMMON_MIN_HITS = 5000  # ... and at least this many


def _common_words(conn: sa.Connection, f: ClaimFilter) -> int | None:
    """The number of claims matching ``f``'s full-text query when it matches many
    claims (SQLite only), else None."""
    match = dialect.fts_query(f.q or "")
    if not match or not dialect.is_sqlite(conn):
        return None
    hits = int(conn.execute(sa.text("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH :q"),
                            {"q": match}).scalar_one())
    if hits < COMMON_MIN_HITS:
        return None
    total = conn.execute(sa.select(sa.func.max(t.claims.c.id))).scalar_one() or 1
    return hits if hits > COMMON_SHARE * total else None


def claim_page(
    store: Store, f: ClaimFilter, *, sort: str = "newest", page: int = 1, per_page: int = 50, count: bool = True
) -> dict[str, Any]:
    """One page of claims matching ``f``: ``{"claims", "total", "page", "per_page",
    "pages"}``; each claim carries its speaker, document, indicators, places and its
    review state (corrections applied, originals kept under ``original_*``)."""
    f.check()
    if sort not in SORTS:
        raise UsageError(f"unknown sort {sort!r}; choose one of: {', '.join(SORTS)}")
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise UsageError(f"page must be 1 or more and per_page between 1 and {MAX_PER_PAGE}")
    c, s, d = t.claims, t.sources, t.documents
    base = (
        sa.select(
            c, s.c.wording.label("speaker_wording"), s.c.kind.label("speaker_kind"),
            s.c.canonical.label("speaker_canonical"), s.c.relay, s.c.location.label("speaker_location"),
            d.c.title, d.c.outlet, d.c.published, d.c.origin, d.c.url, d.c.translator,
        )
        .join(d, d.c.id == c.c.doc_id)
        .outerjoin(s, sa.and_(s.c.doc_id == c.c.doc_id, s.c.key == c.c.source_key))
    )
    with store.engine.connect() as conn:
        conds = _conditions(store, conn, f)
        hits = _common_words(conn, f) if sort in ("newest", "oldest") else None
        common = hits is not None
        if common:
            # walk claims in page order and stop after one page; count separately
            paged = base.where(*_conditions(store, conn, f, fts_driver=False))
        else:
            paged = base.where(*conds)
        query = paged.order_by(*_order(sort, c, s, d, conn)).limit(per_page).offset((page - 1) * per_page)
        total: int | None = None
        if count and conds and not common:
            # one pass: the window count comes with the page (matching rows are visited once)
            query = query.add_columns(sa.func.count().over().label("_total"))
        rows = [dict(r) for r in conn.execute(query).mappings()]
        if count and conds and not common and rows:
            total = int(rows[0]["_total"])
        elif count and common and not replace(f, q=None).active():
            total = hits  # the text is the only filter: the index's own count is exact
        elif count:
            # no filter: the claims table's own count (every claim has its document); or a page past the end
            counted = sa.select(sa.func.count()).select_from(
                c.join(d, d.c.id == c.c.doc_id).outerjoin(s, sa.and_(s.c.doc_id == c.c.doc_id,
                                                                     s.c.key == c.c.source_key))
            ).where(*conds) if conds else sa.select(sa.func.count()).select_from(c)
            total = int(conn.execute(counted).scalar_one())
        for r in rows:
            r.pop("_total", None)
        rows = decorate(conn, rows)
    pages = max(1, -(-total // per_page)) if total is not None else None
    return {"claims": rows, "total": total, "page": page, "per_page": per_page, "pages": pages}


def indicator_counts(store: Store, f: ClaimFilter) -> dict[str, int]:
    """Affirmed claims per indicator among the claims matching ``f`` without its own
    indicator filter (the counts the indicator facet shows)."""
    c, s, d, ci = t.claims, t.sources, t.documents, t.claim_indicators
    rest = replace(f, indicator=None).check()
    with store.engine.connect() as conn:
        conds = _conditions(store, conn, rest)
        joined = ci.join(c, c.c.id == ci.c.claim_id)
        if conds:
            joined = joined.join(d, d.c.id == c.c.doc_id).outerjoin(
                s, sa.and_(s.c.doc_id == c.c.doc_id, s.c.key == c.c.source_key))
        q = (sa.select(ci.c.indicator, sa.func.count(sa.distinct(c.c.id))).select_from(joined)
             .where(c.c.polarity == "affirmed", *conds).group_by(ci.c.indicator))
        found = {str(k): int(n) for k, n in conn.execute(q)}
    return {i: found[i] for i in INDICATORS if i in found}


def iter_claims(store: Store, f: ClaimFilter, sort: str = "newest", batch: int = 500) -> Any:
    """Every claim matching ``f`` (for exports), in pages of ``batch``."""
    page = 1
    while True:
        found = claim_page(store, f, sort=sort, page=page, per_page=batch, count=False)["claims"]
        yield from found
        if len(found) < batch:
            return
        page += 1


def speaker_label(row: dict[str, Any]) -> str:
    if row.get("speaker_kind") == "outlet":
        return row.get("outlet") or "the outlet"
    return row.get("speaker_canonical") or row.get("speaker_wording") or "unknown speaker"


def decorate(conn: sa.Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add indicators, places and review state to claim rows; apply corrections."""
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    ci, p = t.claim_indicators, t.places
    hits: dict[int, list[dict[str, Any]]] = {}
    for hit in conn.execute(sa.select(ci).where(ci.c.claim_id.in_(ids)).order_by(ci.c.id)).mappings():
        hits.setdefault(hit["claim_id"], []).append({k: hit[k] for k in ("indicator", "rule", "cue", "start", "end")})
    places: dict[str, list[dict[str, Any]]] = {}
    docs = sorted({r["doc_id"] for r in rows})
    for row in conn.execute(sa.select(p).where(p.c.doc_id.in_(docs)).order_by(p.c.start)).mappings():
        places.setdefault(row["doc_id"], []).append(dict(row))
    found = review.states(conn, ids)
    out = []
    for r in rows:
        r["indicator_hits"] = hits.get(r["id"], [])
        r["indicators"] = [i for i in INDICATORS if any(h["indicator"] == i for h in r["indicator_hits"])]
        r["speaker"] = speaker_label(r)
        names: list[str] = []
        countries: list[str] = []
        for pl in places.get(r["doc_id"], []):
            if r["start"] <= pl["start"] and pl["end"] <= r["end"]:
                if pl["name"] not in names:
                    names.append(pl["name"])
                if pl["country"] and pl["country"] not in countries:
                    countries.append(pl["country"])
        r["places"], r["countries"] = names, countries
        r["when"] = r.get("event_time") or r.get("published")
        out.append(review.apply_state(r, found.get(r["id"])))
    return out


# ------------------------------------------------------------------ dashboard


def counts(store: Store) -> dict[str, int]:
    d, c, s, ci = t.documents, t.claims, t.sources, t.claim_indicators
    with store.engine.connect() as conn:
        one = conn.execute(sa.select(
            sa.select(sa.func.count()).select_from(d).where(d.c.container.is_(False), d.c.status == "ok")
            .scalar_subquery(),
            sa.select(sa.func.count()).select_from(c).scalar_subquery(),
            sa.select(sa.func.count()).select_from(s).scalar_subquery(),
            sa.select(sa.func.count(sa.distinct(ci.c.indicator))).scalar_subquery(),
            sa.select(sa.func.count()).select_from(d).where(d.c.status != "ok").scalar_subquery(),
            sa.select(sa.func.count()).select_from(t.reviews).scalar_subquery(),
        )).one()
    keys = ("documents", "claims", "sources", "indicators", "failures", "reviews")
    return {k: int(v or 0) for k, v in zip(keys, one, strict=True)}


def latest_documents(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    d, c = t.documents, t.claims
    n = sa.select(sa.func.count()).where(c.c.doc_id == d.c.id).scalar_subquery()
    q = (
        sa.select(d.c.id, d.c.title, d.c.outlet, d.c.published, d.c.origin, d.c.captured_at, n.label("claims"))
        .where(d.c.container.is_(False), d.c.status == "ok")
        .order_by(d.c.captured_at.desc(), d.c.id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def failures(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    d = t.documents
    q = (
        sa.select(d.c.id, d.c.origin, d.c.status, d.c.reason, d.c.captured_at)
        .where(d.c.status != "ok")
        .order_by(d.c.captured_at.desc(), d.c.origin)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def indicator_series(store: Store) -> dict[str, dict[str, int]]:
    """Affirmed claims per indicator per month (event month, else publication month)."""
    c, d, ci = t.claims, t.documents, t.claim_indicators
    month = sa.func.substr(_when(c, d), 1, 7).label("month")
    q = (
        sa.select(ci.c.indicator, month, sa.func.count(sa.distinct(c.c.id)))
        .select_from(ci.join(c, c.c.id == ci.c.claim_id).join(d, d.c.id == c.c.doc_id))
        .where(c.c.polarity == "affirmed", _when(c, d).is_not(None))
        .group_by(ci.c.indicator, month)
    )
    out: dict[str, dict[str, int]] = {}
    with store.engine.connect() as conn:
        for ind, m, n in conn.execute(q):
            if m and len(m) == 7:
                out.setdefault(str(ind), {})[str(m)] = int(n)
    return out


def place_points(store: Store, limit: int = 300) -> list[dict[str, Any]]:
    """Places named inside claims, with coordinates and the number of claims."""
    c, p = t.claims, t.places
    n = sa.func.count(sa.distinct(c.c.id)).label("claims")
    q = (
        sa.select(p.c.name, p.c.country, sa.func.avg(p.c.lat).label("lat"), sa.func.avg(p.c.lon).label("lon"), n)
        .select_from(p.join(c, sa.and_(c.c.doc_id == p.c.doc_id, p.c.start >= c.c.start, p.c.end <= c.c.end)))
        .where(p.c.lat.is_not(None), p.c.lon.is_not(None))
        .group_by(p.c.name, p.c.country)
        .order_by(n.desc())
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def country_counts(store: Store) -> dict[str, int]:
    """Claims naming a place in each country (ISO alpha-2), for the map's shading."""
    c, p = t.claims, t.places
    n = sa.func.count(sa.distinct(c.c.id))
    q = (
        sa.select(p.c.country, n)
        .select_from(p.join(c, sa.and_(c.c.doc_id == p.c.doc_id, p.c.start >= c.c.start, p.c.end <= c.c.end)))
        .where(p.c.country.is_not(None))
        .group_by(p.c.country)
    )
    with store.engine.connect() as conn:
        return {str(k): int(v) for k, v in conn.execute(q)}


def facet_values(store: Store) -> dict[str, list[str]]:
    """Values offered in the filter form: countries and outlets present in the store."""
    p, d = t.places, t.documents
    with store.engine.connect() as conn:
        countries = [str(x) for x in conn.execute(
            sa.select(p.c.country).where(p.c.country.is_not(None)).distinct().order_by(p.c.country)).scalars()]
        outlets = [str(x) for x in conn.execute(
            sa.select(d.c.outlet).where(d.c.outlet.is_not(None)).distinct().order_by(d.c.outlet).limit(300)
        ).scalars()]
    return {"countries": countries, "outlets": outlets}


def data_version(store: Store) -> tuple[Any, ...]:
    """A cheap fingerprint of the analysis tables: changes whenever claims, indicator
    hits or places are added or removed (max ids and the claim count)."""
    c, ci, p = t.claims, t.claim_indicators, t.places
    with store.engine.connect() as conn:
        return tuple(conn.execute(sa.select(
            sa.select(sa.func.max(c.c.id)).scalar_subquery(),
            sa.select(sa.func.count()).select_from(c).scalar_subquery(),
            sa.select(sa.func.max(ci.c.id)).scalar_subquery(),
            sa.select(sa.func.max(p.c.id)).scalar_subquery(),
        )).one())


class AggregateCache:
    """Results of the dashboard's slow aggregates (chart series, map points), kept
    until :func:`data_version` changes. One per app; thread-safe."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._values: dict[str, Any] = {}
        self._lock = threading.Lock()

    def get(self, store: Store, name: str, compute: Callable[[Store], Any]) -> Any:
        key = data_version(store)
        with self._lock:
            if key != self._key:
                self._key, self._values = key, {}
            if name in self._values:
                return self._values[name]
        value = compute(store)
        with self._lock:
            if key == self._key:
                self._values[name] = value
        return value

    def warm(self, store: Store) -> None:
        """Compute the dashboard's aggregates now (called in a background thread at
        start-up and after an ingest job), so the next dashboard visit is fast."""
        self.get(store, "series", indicator_series)
        self.get(store, "places", place_points)
        self.get(store, "countries", country_counts)
