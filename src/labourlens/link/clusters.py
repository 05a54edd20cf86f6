"""Copy groups derived from stored pair judgements, their canonical member and
their origin; documents are never merged or deleted (a judgement graph, as in
nomenklatura's resolver)."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from labourlens.link.engine import components
from labourlens.link.origins import SELF, resolve_outlet
from labourlens.store import schema as t

__all__ = ["Cluster", "choose", "component_of", "copy_edges", "doc_info", "load_clusters", "same_outlet", "write_clusters"]


@dataclass
class Cluster:
    id: str
    canonical: str
    members: list[str]
    similarity: float | None = None  # lowest similarity among the copy judgements joining it
    origin: str | None = None  # the outlet the story comes from, when known
    titles: dict[str, str | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "canonical": self.canonical, "members": self.members,
                "similarity": self.similarity, "origin": self.origin, "titles": self.titles}


def copy_edges(conn: sa.Connection, doc_ids: Iterable[str] | None = None) -> list[tuple[str, str, float]]:
    p = t.doc_pairs
    q = sa.select(p.c.a, p.c.b, p.c.similarity).where(p.c.decision == "copy")
    if doc_ids is not None:
        ids = list(doc_ids)
        q = q.where(sa.or_(p.c.a.in_(ids), p.c.b.in_(ids)))
    return [(a, b, float(s or 0.0)) for a, b, s in conn.execute(q)]


def component_of(conn: sa.Connection, seeds: Iterable[str]) -> set[str]:
    """Every document joined to ``seeds`` through copy judgements (breadth first, by
    indexed lookups: cost grows with the component, not with the store)."""
    seen = set(seeds)
    todo = deque(seen)
    while todo:
        batch = [todo.popleft() for _ in range(min(len(todo), 500))]
        for a, b, _ in copy_edges(conn, batch):
            for x in (a, b):
                if x not in seen:
                    seen.add(x)
                    todo.append(x)
    return seen


def doc_info(conn: sa.Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    d, o = t.documents, t.doc_origins
    info: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 900):
        chunk = list(ids[i : i + 900])
        for row in conn.execute(sa.select(d.c.id, d.c.outlet, d.c.published, d.c.title).where(d.c.id.in_(chunk))):
            info[row.id] = {"outlet": row.outlet, "published": row.published, "title": row.title, "story": None}
        for orow in conn.execute(sa.select(o.c.doc_id, o.c.outlet, o.c.method).where(o.c.doc_id.in_(chunk))):
            if orow.doc_id in info and not str(orow.method).endswith(SELF):
                info[orow.doc_id]["story"] = orow.outlet
    return info


def same_outlet(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return (resolve_outlet(a) or a).casefold() == (resolve_outlet(b) or b).casefold()


def choose(members: Sequence[str], info: dict[str, dict[str, Any]]) -> tuple[str, str | None]:
    """(canonical member, origin outlet) of a copy group: the origin is the outlet its
    members name most as their story's source; the canonical member is that outlet's
    own copy when the group has one, else the earliest published (then smallest id)."""
    named = Counter(info[m]["story"] for m in members if info.get(m, {}).get("story"))
    origin = min(named, key=lambda k: (-named[k], k)) if named else None

    def when(m: str) -> tuple[int, str, str]:
        pub = info.get(m, {}).get("published")
        return (0 if pub else 1, str(pub or ""), m)

    ordered = sorted(members, key=when)
    if origin:
        own = [m for m in ordered if same_outlet(info.get(m, {}).get("outlet"), origin)]
        if own:
            return own[0], origin
    canonical = ordered[0]
    if origin is None:
        outlet = info.get(canonical, {}).get("outlet")
        origin = (resolve_outlet(outlet) or outlet) if outlet else None
    return canonical, origin


def write_clusters(conn: sa.Connection, doc_ids: Iterable[str], edges: Iterable[tuple[str, str]]) -> int:
    """Recompute and store the groups of ``doc_ids`` (which must be closed under copy
    edges); returns how many groups have two or more members."""
    ids = sorted(set(doc_ids))
    groups = components(ids, edges)
    multi = {root: m for root, m in groups.items() if len(m) > 1}
    info = doc_info(conn, [x for m in multi.values() for x in m])
    rows: list[dict[str, Any]] = []
    for root, members in groups.items():
        canonical = choose(members, info)[0] if len(members) > 1 else members[0]
        rows.extend({"doc_id": m, "cluster_id": root, "canonical": m == canonical} for m in members)
    dc = t.doc_clusters
    for i in range(0, len(ids), 900):
        conn.execute(dc.delete().where(dc.c.doc_id.in_(ids[i : i + 900])))
    for i in range(0, len(rows), 50_000):
        conn.execute(dc.insert(), rows[i : i + 50_000])
    return len(multi)


def load_clusters(conn: sa.Connection, min_size: int = 2, doc_id: str | None = None) -> list[Cluster]:
    dc = t.doc_clusters
    q = sa.select(dc.c.cluster_id, dc.c.doc_id, dc.c.canonical)
    if doc_id is not None:
        q = q.where(dc.c.cluster_id == sa.select(dc.c.cluster_id).where(dc.c.doc_id == doc_id).scalar_subquery())
    else:
        sizes = sa.select(dc.c.cluster_id).group_by(dc.c.cluster_id).having(sa.func.count() >= min_size)
        q = q.where(dc.c.cluster_id.in_(sizes))
    members: dict[str, list[str]] = {}
    canon: dict[str, str] = {}
    for cid, did, is_canon in conn.execute(q.order_by(dc.c.cluster_id, dc.c.doc_id)):
        members.setdefault(cid, []).append(did)
        if is_canon:
            canon[cid] = did
    out = []
    all_ids = [m for ms in members.values() for m in ms]
    info = doc_info(conn, all_ids)
    edges = copy_edges(conn, all_ids) if len(all_ids) < 20_000 else []
    low: dict[str, float] = {}
    where = {m: cid for cid, ms in members.items() for m in ms}
    for a, _b, sim in edges:
        cid = where.get(a)
        if cid is not None:
            low[cid] = min(low.get(cid, 1.0), sim)
    for cid, ms in members.items():
        if len(ms) < min_size:
            continue
        _, origin = choose(ms, info)
        out.append(Cluster(cid, canon.get(cid, ms[0]), ms, low.get(cid), origin,
                           {m: info.get(m, {}).get("title") for m in ms}))
    out.sort(key=lambda c: (-len(c.members), c.id))
    return out
