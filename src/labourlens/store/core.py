"""The evidence store: the only writer of documents and their analysis.

Each document and its analysis are written in one transaction; the original bytes
are written to a content-addressed folder (atomically, tmp + rename) *before* that
transaction commits, so a row never exists without its original."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from labourlens.errors import NotFound, UsageError
from labourlens.model import Analysis, CapturedDoc
from labourlens.store import dialect, queries, rows
from labourlens.store import schema as t

SAVE_OUTCOMES = ("stored", "already stored", "failed", "skipped")


class Store:
    """An open evidence store. Use :func:`labourlens.store.open_store` to get one."""

    def __init__(self, engine: sa.Engine, originals: Path) -> None:
        self.engine = engine
        self.originals = originals
        d = t.documents
        # Statements on the ingest path, built once (building them costs more than running them).
        self._q_known = sa.select(d.c.id).where(d.c.id.in_(sa.bindparam("ids", expanding=True)), d.c.status == "ok")
        self._q_previous = sa.select(d.c.id, d.c.status).where(
            sa.or_(d.c.id == sa.bindparam("id"), sa.and_(d.c.origin == sa.bindparam("origin"), d.c.status != "ok"))
        )
        self._q_insert_doc = sa.insert(d)

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    # ------------------------------------------------------------ originals

    def original_path(self, doc_id: str) -> Path:
        """Where the original bytes of ``doc_id`` live (``ab/abcdef...``)."""
        return self.originals / doc_id[:2] / doc_id

    def _write_original(self, doc_id: str, data: bytes) -> None:
        path = self.original_path(doc_id)
        if path.exists():
            return  # content-addressed: the same id means the same bytes; never rewritten
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # ------------------------------------------------------------ writing

    def has(self, doc_id: str) -> bool:
        """True when ``doc_id`` is stored with status ok (failed rows may be retried)."""
        return bool(self.known([doc_id]))

    def known(self, doc_ids: Iterable[str]) -> set[str]:
        """The ids among ``doc_ids`` that are stored with status ok."""
        ids = list(dict.fromkeys(doc_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                found.update(conn.execute(self._q_known, {"ids": ids[i : i + 500]}).scalars())
        return found

    def save(self, doc: CapturedDoc, analysis: Analysis | None = None) -> str:
        """Store one document and its analysis in one transaction.

        Returns ``stored``, ``already stored`` (same bytes stored before: nothing
        written), ``failed`` or ``skipped`` (the row records the reason). A failed or
        skipped row for the same origin or id is replaced by the new row. The original
        bytes are written before the transaction commits."""
        return self.save_many([(doc, analysis)])[0]

    def save_many(self, items: Sequence[tuple[CapturedDoc, Analysis | None]]) -> list[str]:
        """Store several documents in one transaction (fewer commits on big batches).

        Every document is written whole inside that transaction, so an interruption
        loses the batch, never part of a document. Outcomes as :meth:`save`, in order."""
        if not items:
            return []
        try:
            with self.engine.begin() as conn:
                return [self._save(conn, doc, analysis) for doc, analysis in items]
        except IntegrityError:
            if len(items) > 1:  # another process stored one of them meanwhile: one by one
                return [self.save(doc, analysis) for doc, analysis in items]
            if self.has(items[0][0].id):
                return ["already stored"]
            raise

    def _save(self, conn: sa.Connection, doc: CapturedDoc, analysis: Analysis | None) -> str:
        analysis = analysis if doc.status == "ok" and not doc.container else None
        found = {r[0]: r[1] for r in conn.execute(self._q_previous, {"id": doc.id, "origin": doc.origin})}
        if found.get(doc.id) == "ok":
            return "already stored"
        if doc.original is not None:
            self._write_original(doc.id, doc.original)
        for doc_id in sorted(k for k, status in found.items() if status != "ok"):
            self._delete(conn, doc_id)
        conn.execute(self._q_insert_doc, [rows.document_row(doc, analysis)])
        if doc.status == "ok" and not doc.container:
            title = doc.title or (analysis.meta.title if analysis else None)
            dialect.index_document(conn, doc.id, title, doc.text)
        if analysis is not None:
            self._insert_analysis(conn, doc.id, analysis)
        return "stored" if doc.status == "ok" else doc.status

    def _delete(self, conn: sa.Connection, doc_id: str) -> None:
        """Remove a failed or skipped document row (it never has reviews or links)."""
        dialect.unindex_document(conn, doc_id)
        for table in t.ANALYSIS_TABLES:
            conn.execute(sa.delete(table).where(table.c.doc_id == doc_id))
        conn.execute(sa.delete(t.documents).where(t.documents.c.id == doc_id))

    def _insert_analysis(self, conn: sa.Connection, doc_id: str, analysis: Analysis) -> None:
        by_table = rows.analysis_rows(doc_id, analysis)
        for name in ("sentences", "sources", "places", "amounts", "times", "entities"):
            if by_table[name]:
                conn.execute(sa.insert(getattr(t, name)), by_table[name])
        if not analysis.claims:
            return
        result = conn.execute(
            sa.insert(t.claims).returning(t.claims.c.id, t.claims.c.idx, sort_by_parameter_order=True),
            by_table["claims"],
        )
        ids = {idx: cid for cid, idx in result.all()}
        hits: list[dict[str, Any]] = []
        fts: list[dict[str, Any]] = []
        for claim in analysis.claims:
            cid = ids[claim.index]
            hits.extend(rows.indicator_rows(doc_id, cid, claim))
            fts.append({"claim_id": cid, "doc_id": doc_id, "text": claim.text})
        if hits:
            conn.execute(sa.insert(t.claim_indicators), hits)
        dialect.index_claims(conn, fts)

    # ------------------------------------------------------------ reading

    def _resolve(self, conn: sa.Connection, prefix: str) -> dict[str, Any]:
        prefix = (prefix or "").strip().lower()
        if not prefix:
            raise UsageError("give a document id or the first characters of one (see `labourlens status`)")
        if any(ch not in "0123456789abcdef" for ch in prefix):
            raise UsageError(f"{prefix!r} is not a document id: ids are hexadecimal sha256 hashes")
        found = conn.execute(
            sa.select(t.documents).where(t.documents.c.id.like(prefix + "%")).limit(6)
        ).mappings().all()
        if not found:
            raise NotFound(f"no document id starts with {prefix!r}; `labourlens search` finds documents by text")
        if len(found) > 1:
            shown = ", ".join(r["id"][:12] for r in found[:5])
            raise UsageError(f"{prefix!r} matches several documents ({shown}...): give more characters")
        return dict(found[0])

    def resolve(self, prefix: str) -> str:
        """The full id of the one document whose id starts with ``prefix``."""
        with self.engine.connect() as conn:
            return str(self._resolve(conn, prefix)["id"])

    def document(self, prefix: str) -> dict[str, Any]:
        """One document's row (with ``original_path`` and counts), by id or id prefix."""
        with self.engine.connect() as conn:
            doc = self._resolve(conn, prefix)
            for name in ("claims", "sources", "places", "amounts"):
                table = getattr(t, name)
                doc[f"n_{name}"] = conn.execute(
                    sa.select(sa.func.count()).select_from(table).where(table.c.doc_id == doc["id"])
                ).scalar_one()
            doc["children"] = conn.execute(
                sa.select(sa.func.count()).select_from(t.documents).where(t.documents.c.parent_id == doc["id"])
            ).scalar_one()
        path = self.original_path(doc["id"])
        doc["original_path"] = str(path) if path.exists() else None
        return doc

    def analysis(self, doc_id: str) -> Analysis:
        """The stored analysis of a document, rebuilt from its rows."""
        with self.engine.connect() as conn:
            doc = self._resolve(conn, doc_id)
            tables: dict[str, list[dict[str, Any]]] = {}
            for name in ("sentences", "sources", "claims", "places", "amounts", "times", "entities"):
                table = getattr(t, name)
                if "idx" in table.c:
                    order: list[Any] = [table.c.idx]
                elif name == "sources":
                    order = [table.c.key]
                else:
                    order = [table.c.start, table.c.id]
                tables[name] = [
                    dict(r)
                    for r in conn.execute(sa.select(table).where(table.c.doc_id == doc["id"]).order_by(*order))
                    .mappings()
                ]
            hits: dict[int, list[dict[str, Any]]] = {}
            ci = t.claim_indicators
            for r in conn.execute(sa.select(ci).where(ci.c.doc_id == doc["id"]).order_by(ci.c.id)).mappings():
                hits.setdefault(r["claim_id"], []).append(dict(r))
        if tables["sources"]:
            tables["sources"].sort(key=lambda r: (r["key"] != "OUTLET", len(r["key"]), r["key"]))
        return rows.build_analysis(doc, tables, hits)

    def iter_documents(self, status: str | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every document row (containers included), in id order, read in batches."""
        d = t.documents
        last = ""
        while True:
            query = sa.select(d).where(d.c.id > last).order_by(d.c.id).limit(batch)
            if status:
                query = query.where(d.c.status == status)
            with self.engine.connect() as conn:
                chunk = [dict(r) for r in conn.execute(query).mappings()]
            if not chunk:
                return
            yield from chunk
            last = chunk[-1]["id"]

    def status(self) -> dict[str, Any]:
        """Counts by status, format, outlet and language; failures with reasons."""
        return queries.status(self)

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents matching ``text`` (all words; "quoted phrases"), best first, with snippets."""
        if limit < 1:
            raise UsageError("--limit must be at least 1")
        with self.engine.connect() as conn:
            hits = dialect.search_documents(conn, text, limit)
            if not hits:
                return []
            d = t.documents
            info = {
                r.id: r
                for r in conn.execute(
                    sa.select(d.c.id, d.c.title, d.c.outlet, d.c.published, d.c.origin).where(
                        d.c.id.in_([h["doc_id"] for h in hits])
                    )
                )
            }
        for h in hits:
            r = info.get(h["doc_id"])
            h.update(
                {"title": r.title, "outlet": r.outlet, "published": r.published, "origin": r.origin}
                if r is not None
                else {}
            )
        return hits

    def claims(self, **filters: Any) -> list[dict[str, Any]]:
        """Claims with their speaker, indicators and places; see :func:`queries.claims` for filters."""
        return queries.claims(self, **filters)

    def sources(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Speakers (one row per source per document) with their claim counts."""
        return queries.sources(self, kind)

    def counts(self) -> Counter[str]:
        with self.engine.connect() as conn:
            return Counter(
                {
                    name: conn.execute(sa.select(sa.func.count()).select_from(getattr(t, name))).scalar_one()
                    for name in ("documents", "claims", "sources", "places", "amounts", "times", "entities")
                }
            )
