"""Database-specific pieces, kept small so a second database only adds functions here:
connection pragmas and full-text search (FTS5 on SQLite, a LIKE fallback elsewhere)."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from labourlens.store import schema

SNIPPET_TOKENS = 16
MARK_OPEN = "\x02"  # snippet highlight markers; renderers turn them into styles
MARK_CLOSE = "\x03"


def is_sqlite(engine_or_conn: sa.Engine | sa.Connection) -> bool:
    return engine_or_conn.dialect.name == "sqlite"


def configure_engine(engine: sa.Engine) -> None:
    """Per-connection settings: on SQLite WAL journal, foreign keys, a busy timeout."""
    if not is_sqlite(engine):
        return

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()


def index_document(conn: sa.Connection, doc_id: str, title: str | None, text: str) -> None:
    if is_sqlite(conn):
        conn.execute(
            sa.text("INSERT INTO documents_fts (doc_id, title, text) VALUES (:d, :t, :x)"),
            {"d": doc_id, "t": title or "", "x": text},
        )


def index_claims(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """``rows``: dicts with claim_id, doc_id, text."""
    if rows and is_sqlite(conn):
        conn.execute(
            sa.text("INSERT INTO claims_fts (claim_id, doc_id, text) VALUES (:claim_id, :doc_id, :text)"), rows
        )


def unindex_document(conn: sa.Connection, doc_id: str) -> None:
    if is_sqlite(conn):
        conn.execute(sa.text("DELETE FROM documents_fts WHERE doc_id = :d"), {"d": doc_id})
        conn.execute(sa.text("DELETE FROM claims_fts WHERE doc_id = :d"), {"d": doc_id})


_WORD = re.compile(r'"[^"]+"|[\w\u00C0-\uFFFF]+\*?', re.UNICODE)


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a user typed: quoted phrases stay phrases, every
    other word must appear (``forced "North Korean"`` -> ``"forced" "North Korean"``);
    ``OR`` between words is kept; a word ending in ``*`` matches every word it starts
    (``passport*`` -> ``"passport"*``)."""
    parts: list[str] = []
    for token in _WORD.findall(text):
        if token == "OR" and parts and parts[-1] != "OR":
            parts.append("OR")
            continue
        prefix = token.endswith("*") and not token.startswith('"')
        word = token.strip('"').rstrip("*").replace('"', "")
        if word:
            parts.append(f'"{word}"*' if prefix else f'"{word}"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


def search_documents(conn: sa.Connection, text: str, limit: int) -> list[dict[str, Any]]:
    """Ranked documents with a snippet: dicts with doc_id, snippet, score (higher is better)."""
    query = fts_query(text)
    if not query:
        return []
    if is_sqlite(conn):
        rows = conn.execute(
            sa.text(
                "SELECT doc_id, snippet(documents_fts, 2, :o, :c, '…', :n) AS snippet, "
                "snippet(documents_fts, 1, :o, :c, '…', :n) AS title_snippet, "
                "bm25(documents_fts, 0.0, 5.0, 1.0) AS rank "
                "FROM documents_fts WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit"
            ),
            {"q": query, "o": MARK_OPEN, "c": MARK_CLOSE, "n": SNIPPET_TOKENS, "limit": limit},
        ).all()
        return [
            {"doc_id": r.doc_id, "snippet": r.snippet or r.title_snippet, "score": round(-float(r.rank), 4)}
            for r in rows
        ]
    return _search_like(conn, text, limit)


def _search_like(conn: sa.Connection, text: str, limit: int) -> list[dict[str, Any]]:
    """Fallback for databases without an FTS index here: every word must occur; ranked by hits."""
    words = [w.strip('"').rstrip("*") for w in _WORD.findall(text) if w != "OR"]
    d = schema.documents
    cond = sa.and_(*[d.c.text.ilike(f"%{w}%") for w in words])
    rows = conn.execute(
        sa.select(d.c.id, d.c.text).where(d.c.status == "ok", cond).limit(limit * 5)
    ).all()
    out = []
    for r in rows:
        low = r.text.lower()
        score = sum(low.count(w.lower()) for w in words)
        pos = low.find(words[0].lower()) if words else 0
        start = max(0, pos - 60)
        snippet = r.text[start : pos + 100].replace("\n", " ")
        out.append({"doc_id": r.id, "snippet": snippet, "score": float(score)})
    out.sort(key=lambda x: -x["score"])
    return out[:limit]


def search_claim_ids(conn: sa.Connection, text: str) -> list[int] | None:
    """Claim ids whose text matches (None when the database has no claim index)."""
    query = fts_query(text)
    if not query or not is_sqlite(conn):
        return None
    rows = conn.execute(sa.text("SELECT claim_id FROM claims_fts WHERE claims_fts MATCH :q"), {"q": query})
    return [int(r[0]) for r in rows]
