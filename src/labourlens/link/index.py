"""The linking tables of the store: document prints and the two candidate indexes
(LSH band keys, containment sketches), queried one document at a time so that
incremental linking costs a few index lookups, not a scan of the collection."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
import sqlalchemy as sa

from labourlens.link.engine import DocPrint, Params
from labourlens.store import schema as t

__all__ = ["candidates", "clear", "insert_prints", "linkable_docs", "stored_params", "texts", "unlinked_docs"]

_CHUNK = 900  # stays under SQLite's bound-parameter limit


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def linkable_docs(conn: sa.Connection, ids: Iterable[str] | None = None) -> sa.Select[Any]:
    """Documents worth linking: stored text, status ok, not a container."""
    d = t.documents
    q = sa.select(d.c.id, d.c.text, d.c.outlet, d.c.published, d.c.url, d.c.origin).where(
        d.c.status == "ok", sa.not_(d.c.container), d.c.text != ""
    )
    if ids is not None:
        q = q.where(d.c.id.in_(list(ids)))
    return q.order_by(d.c.id)


def unlinked_ids(conn: sa.Connection) -> list[str]:
    """Ids of documents not in the linking index yet (any status: the caller filters).
    Reads only the id index, never the documents' rows (whose long texts would make
    a table scan of a large store take seconds)."""
    d = t.documents
    q = sa.select(d.c.id).where(~sa.exists().where(t.link_docs.c.doc_id == d.c.id))
    return list(conn.execute(q).scalars())


def unlinked_docs(conn: sa.Connection) -> list[Any]:
    """Rows (id, text, outlet, published) of linkable documents not linked yet, by id."""
    ids = unlinked_ids(conn)
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows.extend(conn.execute(linkable_docs(conn, chunk)).all())
    return sorted(rows, key=lambda r: r.id)


def stored_params(conn: sa.Connection) -> set[str]:
    """The settings key of the stored prints (a full run rewrites them all, so the
    newest row speaks for every row); empty when nothing is linked yet."""
    ld = t.link_docs
    newest = conn.execute(sa.select(ld.c.params).order_by(ld.c.seq.desc()).limit(1)).scalar()
    return {newest} if newest else set()


def clear(conn: sa.Connection) -> None:
    """Drop every linking result (pairs, prints, indexes, origins, clusters, groups)."""
    for table in (t.claim_groups, t.doc_clusters, t.doc_origins, t.doc_pairs, t.doc_minhash,
                  t.link_sketch, t.link_lsh, t.link_docs):
        conn.execute(table.delete())
    conn.execute(t.claims.update().values(independent_origins=1))


def next_seq(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.link_docs.c.seq), 0))).scalar_one()) + 1


def insert_prints(conn: sa.Connection, prints: Sequence[DocPrint], params: Params, first_seq: int) -> None:
    """Write prints with consecutive ``seq`` numbers from ``first_seq``."""
    if not prints:
        return
    key = params.key
    docs = [
        {"seq": first_seq + i, "doc_id": p.doc_id, "text_hash": p.text_hash, "n_shingles": int(len(p.shingles)),
         "params": key}
        for i, p in enumerate(prints)
    ]
    for chunk in _chunks(docs, 50_000):
        conn.execute(t.link_docs.insert(), list(chunk))
    for chunk in _chunks(prints, 20_000):
        conn.execute(
            t.doc_minhash.insert(),
            [{"doc_id": p.doc_id, "signature": p.signature.astype("<u4").tobytes(), "bands": None} for p in chunk],
        )
    for attr, table, col in (("bands", t.link_lsh, "key"), ("sketch", t.link_sketch, "fp")):
        keys = [np.unique(getattr(p, attr)) for p in prints]
        k = np.concatenate(keys)
        s = np.repeat(np.arange(first_seq, first_seq + len(prints), dtype=np.int64), [len(x) for x in keys])
        order = np.lexsort((s, k))  # in key order: B-tree appends instead of random inserts
        k, s = k[order], s[order]
        for i in range(0, len(k), 100_000):  # tuples made a chunk at a time: millions of them would not fit
            rows = list(zip(k[i : i + 100_000].tolist(), s[i : i + 100_000].tolist(), strict=True))
            bulk_insert(conn, table, (col, "seq"), rows)


def bulk_insert(conn: sa.Connection, table: sa.Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert many plain tuples: straight to the driver's ``executemany`` where its
    parameter style is known (millions of index rows), else through SQLAlchemy."""
    if not rows:
        return
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(conn.dialect.paramstyle)
    for chunk in _chunks(rows, 100_000):
        if mark is None:
            conn.execute(table.insert(), [dict(zip(columns, r, strict=True)) for r in chunk])
        else:
            cols = ", ".join(f'"{c}"' for c in columns)
            sql = f'INSERT INTO "{table.name}" ({cols}) VALUES ({", ".join([mark] * len(columns))})'
            conn.exec_driver_sql(sql, list(chunk))


def candidates(conn: sa.Connection, p: DocPrint, params: Params) -> dict[int, str]:
    """Stored documents (seq -> doc id) that may be copies of ``p``: same normalised
    text, a shared LSH band key, or ``sketch_min_shared`` shared sketch hashes (hashes
    held by more than ``sketch_max_df`` documents are ignored)."""
    seqs: set[int] = set()
    ld = t.link_docs
    cap = max(params.sketch_max_df, 2)  # as in batch_candidates: a key held by more documents is ignored
    if len(p.shingles):
        same = list(conn.execute(sa.select(ld.c.seq).where(ld.c.text_hash == p.text_hash).limit(cap)).scalars())
        if len(same) < cap:
            seqs.update(same)
    if len(p.bands):
        lsh = t.link_lsh
        keys = [int(k) for k in np.unique(p.bands)]
        df = conn.execute(sa.select(lsh.c.key, sa.func.count()).where(lsh.c.key.in_(keys)).group_by(lsh.c.key)).all()
        keep = [k for k, n in df if n + 1 <= cap]
        if keep:
            seqs.update(conn.execute(sa.select(lsh.c.seq).where(lsh.c.key.in_(keep)).distinct()).scalars())
    if len(p.sketch):
        s = t.link_sketch
        fps = [int(k) for k in p.sketch]
        df = conn.execute(sa.select(s.c.fp, sa.func.count()).where(s.c.fp.in_(fps)).group_by(s.c.fp)).all()
        keep = [fp for fp, n in df if n + 1 <= params.sketch_max_df]
        if len(keep) >= params.sketch_min_shared:
            q = (
                sa.select(s.c.seq)
                .where(s.c.fp.in_(keep))
                .group_by(s.c.seq)
                .having(sa.func.count() >= params.sketch_min_shared)
            )
            seqs.update(conn.execute(q).scalars())
    if not seqs:
        return {}
    out: dict[int, str] = {}
    for chunk in _chunks(sorted(seqs)):
        out.update(conn.execute(sa.select(ld.c.seq, ld.c.doc_id).where(ld.c.seq.in_(chunk))).all())
    return out


def texts(conn: sa.Connection, doc_ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    d = t.documents
    for chunk in _chunks(list(doc_ids)):
        out.update(conn.execute(sa.select(d.c.id, d.c.text).where(d.c.id.in_(chunk))).all())
    return out
