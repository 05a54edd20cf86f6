"""Linking: syndicated copies (MinHash LSH + containment), story origins and
corroboration by independent origins.

Library API (the CLI and the ingest orchestrator call these)::

    link_documents(store, doc_ids=None, settings=None) -> LinkReport
    on_ingest(store, new_doc_ids) -> LinkReport
    clusters(store, min_size=2) -> list[Cluster]
    copies_of(store, doc_id) -> list[dict]
    origin_of(store, doc_id) -> dict | None
    corroboration(store, min_origins=1) -> list[dict]

Pair judgements are stored in ``doc_pairs``; copy groups (``doc_clusters``) are
derived from them; documents are never merged or deleted."""

from __future__ import annotations

from typing import Any

from labourlens.link.clusters import Cluster
from labourlens.link.linker import LinkReport, copies_of, link_documents, on_ingest, origin_of

__all__ = [
    "Cluster",
    "LinkReport",
    "clusters",
    "copies_of",
    "corroboration",
    "link_documents",
    "on_ingest",
    "origin_of",
]


def clusters(store: Any, min_size: int = 2) -> list[Cluster]:
    """Copy groups with at least ``min_size`` members, largest first."""
    from labourlens.link.clusters import load_clusters

    with store.engine.connect() as conn:
        return load_clusters(conn, min_size=min_size)


def corroboration(store: Any, min_origins: int = 1) -> list[dict[str, Any]]:
    """Claim groups (claims in two or more documents reporting the same thing) with
    their independent-origin count, documents, claims and any contradiction."""
    from labourlens.link.corroborate import load_groups

    with store.engine.connect() as conn:
        return load_groups(conn, min_origins=min_origins)
