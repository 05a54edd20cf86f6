"""Linking runs: full (every stored document, from scratch) and incremental (the
documents not linked yet, each compared with what is stored through the index
tables). Both store the same pair judgements, origins, clusters and claim groups."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from labourlens import settings as settings_mod
from labourlens.link import clusters as cl
from labourlens.link import corroborate, index
from labourlens.link.engine import DocPrint, Pair, Params, batch_pairs, make_print, verify
from labourlens.link.origins import SELF, outlet_from_url, story_origin
from labourlens.store import schema as t

__all__ = ["Copy", "LinkReport", "OriginInfo", "copies_of", "link_documents", "on_ingest", "origin_of"]


@dataclass(frozen=True)
class Copy:
    """One copy of a document, as ``show DOC`` lists it."""

    doc_id: str
    canonical: bool
    similarity: float | None  # of the direct judgement, when the two were compared
    method: str | None
    title: str | None = None

    def __str__(self) -> str:
        bits = [f"{self.similarity:.2f}" if self.similarity is not None else "via group"]
        if self.method:
            bits.append(self.method)
        if self.canonical:
            bits.append("canonical")
        return f"{self.doc_id[:12]} ({', '.join(bits)})"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class OriginInfo:
    """Where a document's story comes from."""

    outlet: str
    cue: str | None  # the words that say so
    method: str  # origins.v1:<pattern>, origins.v1:self, copies:<canonical id>, outlet
    via: str  # text (the document says so), copies (its copy group's origin), self (own reporting)

    def __str__(self) -> str:
        how = {"text": f'"{self.cue}"' if self.cue else "named in the text", "copies": "origin of its copies",
               "self": "its own reporting"}.get(self.via, self.via)
        return f"{self.outlet} ({how})"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LinkReport:
    mode: str  # full or incremental
    documents: int  # documents linked in this run
    total: int  # documents in the linking index
    pairs: int  # pair judgements stored in this run
    copies: int  # of which copies
    clusters: int  # copy groups (two or more members) touched in this run
    origins: int  # documents that name another outlet as their story's origin
    claim_groups: int
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _pair_rows(pairs: Sequence[Pair]) -> list[dict[str, Any]]:
    now = _now()
    return [
        {"a": p.a, "b": p.b, "similarity": round(p.judgement.similarity, 4), "method": p.judgement.method,
         "decision": p.judgement.decision, "created_at": now}
        for p in pairs
    ]


def _write_pairs(conn: sa.Connection, pairs: Sequence[Pair]) -> None:
    rows = _pair_rows(pairs)
    for i in range(0, len(rows), 20_000):
        conn.execute(t.doc_pairs.insert(), rows[i : i + 20_000])


def _origin_row(doc_id: str, text: str, outlet: str | None, url: str | None = None) -> dict[str, Any] | None:
    o = story_origin(text, outlet or outlet_from_url(url))
    if o is None:
        return None
    method = o.method if o.role == "story" else o.method.split(":")[0] + SELF
    return {"doc_id": doc_id, "outlet": o.outlet, "cue": o.cue or None, "start": o.start if o.cue else None,
            "end": o.end if o.cue else None, "method": method}


def _write_origins(conn: sa.Connection, rows: Sequence[dict[str, Any]]) -> int:
    for i in range(0, len(rows), 20_000):
        conn.execute(t.doc_origins.insert(), list(rows[i : i + 20_000]))
    return sum(1 for r in rows if not str(r["method"]).endswith(SELF))


def link_documents(store: Any, doc_ids: Sequence[str] | None = None, settings: Any = None) -> LinkReport:
    """Link documents: find copies, origins, copy groups and corroboration.

    With ``doc_ids`` the run is incremental: documents not linked yet (those given,
    and any other stored document never linked) are compared with the stored ones
    through the index tables. Without, every document is relinked from scratch (also
    done when the stored prints were made with other shingle or MinHash settings)."""
    settings = settings or settings_mod.load()
    params = Params.from_settings(settings)
    start = time.perf_counter()
    with store.engine.begin() as conn:
        stored = index.stored_params(conn)
        if doc_ids is None or (stored and stored != {params.key}):
            report = _full(conn, params, settings)
        else:
            report = _incremental(conn, params, settings)
    report.seconds = round(time.perf_counter() - start, 3)
    return report


def on_ingest(store: Any, new_doc_ids: Sequence[str], settings: Any = None) -> LinkReport:
    """Hook for the ingest orchestrator: link what was just stored."""
    return link_documents(store, list(new_doc_ids), settings)


def _full(conn: sa.Connection, params: Params, settings: Any) -> LinkReport:
    index.clear(conn)
    prints: list[DocPrint] = []
    origin_rows: list[dict[str, Any]] = []
    for row in conn.execute(index.linkable_docs(conn)):
        prints.append(make_print(row.id, row.text, params))
        o = _origin_row(row.id, row.text, row.outlet, row.url or row.origin)
        if o:
            origin_rows.append(o)
    index.insert_prints(conn, prints, params, first_seq=1)
    pairs = batch_pairs(prints, params)
    ids = [p.doc_id for p in prints]
    del prints
    _write_pairs(conn, pairs)
    n_origins = _write_origins(conn, origin_rows)
    copies = [(p.a, p.b, round(p.judgement.similarity, 4), p.judgement.method)
              for p in pairs if p.judgement.decision == "copy"]
    n_clusters = cl.write_clusters(conn, ids, copies)
    groups = corroborate.update(conn, settings, None)
    return LinkReport("full", len(ids), len(ids), len(pairs), len(copies), n_clusters, n_origins, groups, 0.0)


def _incremental(conn: sa.Connection, params: Params, settings: Any) -> LinkReport:
    new = index.unlinked_docs(conn)
    pairs: list[Pair] = []
    origin_rows: list[dict[str, Any]] = []
    cache: dict[str, DocPrint] = {}
    seq = index.next_seq(conn)
    for row in new:
        p = make_print(row.id, row.text, params)
        found = index.candidates(conn, p, params)
        missing = [d for d in found.values() if d not in cache and d != row.id]
        for doc_id, text in index.texts(conn, missing).items():
            cache[doc_id] = make_print(doc_id, text, params)
        for doc_id in sorted(found.values()):
            if doc_id != row.id:
                pairs.append(verify(p, cache[doc_id], params))
        index.insert_prints(conn, [p], params, first_seq=seq)
        seq += 1
        cache[row.id] = p
        o = _origin_row(row.id, row.text, row.outlet, row.url or row.origin)
        if o:
            origin_rows.append(o)
    _write_pairs(conn, pairs)
    n_origins = _write_origins(conn, origin_rows)
    new_ids = [r.id for r in new]
    copies = [(p.a, p.b) for p in pairs if p.judgement.decision == "copy"]
    touched = cl.component_of(conn, new_ids + [x for c in copies for x in c]) if new_ids else set()
    edges = cl.copy_edges(conn, touched) if touched else []
    n_clusters = cl.write_clusters(conn, touched, edges) if touched else 0
    groups = corroborate.update(conn, settings, touched) if touched else 0
    total = int(conn.execute(sa.select(sa.func.count()).select_from(t.link_docs)).scalar_one())
    return LinkReport("incremental", len(new_ids), total, len(pairs), len(copies), n_clusters, n_origins, groups, 0.0)


# ------------------------------------------------------------ reading


def copies_of(store: Any, doc_id: str) -> list[Copy]:
    """The stored copies of ``doc_id`` (its whole copy group, canonical member
    first), each with the judgement that links it directly, when there is one."""
    with store.engine.connect() as conn:
        group = cl.load_clusters(conn, doc_id=doc_id)
        if not group:
            return []
        c = group[0]
        direct = {(b if a == doc_id else a): (sim, None) for a, b, sim, _ in cl.copy_edges(conn, [doc_id])}
        p = t.doc_pairs
        methods = dict(
            ((b if a == doc_id else a), m)
            for a, b, m in conn.execute(
                sa.select(p.c.a, p.c.b, p.c.method).where(p.c.decision == "copy",
                                                          sa.or_(p.c.a == doc_id, p.c.b == doc_id))
            )
        )
    out = []
    for m in sorted(c.members, key=lambda x: (x != c.canonical, x)):
        if m == doc_id:
            continue
        sim = direct.get(m, (None, None))[0]
        out.append(Copy(m, m == c.canonical, sim, methods.get(m), c.titles.get(m)))
    return out


def origin_of(store: Any, doc_id: str) -> OriginInfo | None:
    """Where the story of ``doc_id`` comes from: ``outlet``, ``cue`` (the words that
    say so), ``method`` and ``via`` (``text``: the document says so; ``copies``: its
    copy group's origin; ``self``: the outlet reports its own sources)."""
    with store.engine.connect() as conn:
        found = origins_map(conn, [doc_id]).get(doc_id)
    return OriginInfo(**found) if found else None


def origins_map(conn: sa.Connection, doc_ids: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
    """Origins of many documents at once (all linked documents when ``doc_ids`` is None)."""
    o, dc, d = t.doc_origins, t.doc_clusters, t.documents
    q = sa.select(o.c.doc_id, o.c.outlet, o.c.cue, o.c.method)
    own: dict[str, dict[str, Any]] = {}
    ids = None if doc_ids is None else list(doc_ids)
    for chunk in ([None] if ids is None else [ids[i : i + 900] for i in range(0, len(ids), 900)]):
        qq = q if chunk is None else q.where(o.c.doc_id.in_(chunk))
        for r in conn.execute(qq):
            via = "self" if str(r.method).endswith(SELF) else "text"
            own[r.doc_id] = {"outlet": r.outlet, "cue": r.cue, "method": r.method, "via": via}
    # a document that names no other origin takes its copy group's origin
    need = [k for k, v in own.items() if v["via"] == "self"] if ids is None else [
        k for k in ids if own.get(k, {}).get("via", "self") == "self"]
    if need:
        groups: dict[str, str] = {}
        for i in range(0, len(need), 900):
            groups.update(conn.execute(sa.select(dc.c.doc_id, dc.c.cluster_id)
                                       .where(dc.c.doc_id.in_(need[i : i + 900]))).all())
        for cid in sorted(set(groups.values())):
            members = list(conn.execute(sa.select(dc.c.doc_id).where(dc.c.cluster_id == cid)).scalars())
            if len(members) < 2:
                continue
            info = cl.doc_info(conn, members)
            canonical, origin = cl.choose(members, info)
            if not origin:
                continue
            for m in members:
                mine = own.get(m, {})
                if groups.get(m) != cid or mine.get("via", "self") != "self":
                    continue
                if mine and cl.same_outlet(mine.get("outlet"), origin):
                    continue  # the origin's own copy
                own[m] = {"outlet": origin, "cue": None, "method": f"copies:{canonical}", "via": "copies"}
    if ids is not None:
        for k in ids:
            if k not in own:
                outlet = conn.execute(sa.select(d.c.outlet).where(d.c.id == k)).scalar()
                if outlet:
                    own[k] = {"outlet": outlet, "cue": None, "method": "outlet", "via": "self"}
    return own
