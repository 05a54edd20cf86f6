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
from labourlens.link.origins import SELF, outlet_from_url, resolve_outlet, tag_patterns
from labourlens.store import schema as t

__all__ = [
    "Cluster", "choose", "component_of", "copy_edges", "coverage", "doc_info", "group_copies", "load_clusters",
    "same_outlet", "write_clusters",
]


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


Edge = tuple[str, str, float, str]  # a, b, similarity, method


def copy_edges(conn: sa.Connection, doc_ids: Iterable[str] | None = None) -> list[Edge]:
    p = t.doc_pairs
    q = sa.select(p.c.a, p.c.b, p.c.similarity, p.c.method).where(p.c.decision == "copy")
    if doc_ids is not None:
        ids = list(doc_ids)
        out: list[Edge] = []
        for i in range(0, len(ids), 450):
            chunk = ids[i : i + 450]
            rows = conn.execute(q.where(sa.or_(p.c.a.in_(chunk), p.c.b.in_(chunk))))
            out.extend((a, b, float(s or 0.0), str(m)) for a, b, s, m in rows)
        return sorted(set(out))
    return [(a, b, float(s or 0.0), str(m)) for a, b, s, m in conn.execute(q)]


def _sizes(conn: sa.Connection, ids: Sequence[str]) -> dict[str, int]:
    ld = t.link_docs
    out: dict[str, int] = {}
    for i in range(0, len(ids), 900):
        q = sa.select(ld.c.doc_id, ld.c.n_shingles).where(ld.c.doc_id.in_(list(ids[i : i + 900])))
        out.update((d, int(n)) for d, n in conn.execute(q))
    return out


def coverage(edges: Iterable[Edge], sizes: dict[str, int]) -> dict[str, float]:
    """For each document, the summed share of its copies' text that it holds: the
    full original scores higher than a cut-off version or a blog quoting part of it.
    Shared shingles are recovered from each judgement's similarity and method."""
    out: dict[str, float] = {}
    for a, b, sim, method in edges:
        na, nb = sizes.get(a, 0), sizes.get(b, 0)
        if not na or not nb:
            continue
        if method == "containment":
            shared = sim * min(na, nb)
        elif method == "exact":
            shared = float(min(na, nb))
        else:  # jaccard = shared / (na + nb - shared)
            shared = sim * (na + nb) / (1 + sim)
        out[a] = out.get(a, 0.0) + shared / nb
        out[b] = out.get(b, 0.0) + shared / na
    return out


def component_of(conn: sa.Connection, seeds: Iterable[str]) -> set[str]:
    """Every document joined to ``seeds`` through copy judgements (breadth first, by
    indexed lookups: cost grows with the component, not with the store)."""
    seen = set(seeds)
    todo = deque(seen)
    while todo:
        batch = [todo.popleft() for _ in range(min(len(todo), 500))]
        for a, b, _, _ in copy_edges(conn, batch):
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
        q = sa.select(d.c.id, d.c.outlet, d.c.published, d.c.title, d.c.url, d.c.origin)
        for row in conn.execute(q.where(d.c.id.in_(chunk))):
            outlet = row.outlet or outlet_from_url(row.url or row.origin)
            info[row.id] = {"outlet": outlet, "published": row.published, "title": row.title, "story": None}
        for orow in conn.execute(sa.select(o.c.doc_id, o.c.outlet, o.c.method).where(o.c.doc_id.in_(chunk))):
            if orow.doc_id in info and not str(orow.method).endswith(SELF):
                info[orow.doc_id]["story"] = orow.outlet
                info[orow.doc_id]["tagged"] = str(orow.method).rsplit(":", 1)[-1] in tag_patterns()
    return info


def same_outlet(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return (resolve_outlet(a) or a).casefold() == (resolve_outlet(b) or b).casefold()


def choose(
    members: Sequence[str], info: dict[str, dict[str, Any]], centrality: dict[str, float] | None = None
) -> tuple[str, str | None]:
    """(canonical member, origin outlet) of a copy group: the origin is the outlet its
    members name most as their story's source; the canonical member is that outlet's
    own copy when the group has one, else the earliest published; among equals, one
    that does not carry a repost tag ("[Source: X]"), then the one holding most of
    the others' text (``centrality``, see :func:`coverage`), then the smallest id."""
    named = Counter(info[m]["story"] for m in members if info.get(m, {}).get("story"))
    origin = min(named, key=lambda k: (-named[k], k)) if named else None
    central = centrality or {}

    def rank(m: str) -> tuple[int, str, int, float, str]:
        pub = info.get(m, {}).get("published")
        tagged = 1 if info.get(m, {}).get("tagged") else 0
        return (0 if pub else 1, str(pub or "")[:10], tagged, -round(central.get(m, 0.0), 6), m)

    ordered = sorted(members, key=rank)
    if origin:
        own = [m for m in ordered if same_outlet(info.get(m, {}).get("outlet"), origin)]
        if own:
            return own[0], origin
    canonical = ordered[0]
    if origin is None:
        outlet = info.get(canonical, {}).get("outlet")
        origin = (resolve_outlet(outlet) or outlet) if outlet else None
    return canonical, origin


_HUB_CHECK_MAX = 500  # groups larger than this are not searched for hubs (cost grows with size x edges)


def group_copies(ids: Sequence[str], edges: Sequence[Edge], sizes: dict[str, int]) -> dict[str, list[str]]:
    """Copy groups (root -> members) over copy judgements, without letting a *hub* merge
    different stories: a page that contains two or more stories which are not copies
    of each other (a forum thread reposting several articles, a digest) is a copy of
    each, but joins only the group of its most similar one."""
    contained: dict[str, list[tuple[float, str]]] = {}  # longer document -> the shorter ones inside it
    for a, b, sim, method in edges:
        if method == "containment" and sizes.get(a, 0) != sizes.get(b, 0):
            big, small = (a, b) if sizes.get(a, 0) > sizes.get(b, 0) else (b, a)
            contained.setdefault(big, []).append((sim, small))
    candidates = {big: inside for big, inside in contained.items() if len(inside) > 1}
    if not candidates:
        return components(ids, [(a, b) for a, b, _, _ in edges])
    full = components(ids, [(a, b) for a, b, _, _ in edges])
    root_of = {m: r for r, ms in full.items() for m in ms}
    by_group: dict[str, list[Edge]] = {}
    for e in edges:
        by_group.setdefault(root_of[e[0]], []).append(e)
    hubs: dict[str, str] = {}
    for big in sorted(candidates):
        group = full[root_of[big]]
        if len(group) > _HUB_CHECK_MAX:
            continue
        # the group without the candidate: are the stories inside it one story or several?
        rest = components([m for m in group if m != big],
                          [(a, b) for a, b, _, _ in by_group[root_of[big]] if big not in (a, b)])
        where = {m: r for r, ms in rest.items() for m in ms}
        inside = candidates[big]
        if len({where[x] for _, x in inside}) > 1:
            hubs[big] = max(inside, key=lambda e: (e[0], e[1]))[1]
    kept = [(a, b) for a, b, _, _ in edges if a not in hubs and b not in hubs]
    kept += sorted(hubs.items())
    return components(ids, kept)


def write_clusters(conn: sa.Connection, doc_ids: Iterable[str], edges: Iterable[Edge]) -> int:
    """Recompute and store the groups of ``doc_ids`` (which must be closed under copy
    edges); returns how many groups have two or more members."""
    ids = sorted(set(doc_ids))
    edge_list = list(edges)
    linked = sorted({x for a, b, _, _ in edge_list for x in (a, b)})
    sizes = _sizes(conn, linked)
    groups = group_copies(ids, edge_list, sizes)
    multi = {root: m for root, m in groups.items() if len(m) > 1}
    grouped = [x for m in multi.values() for x in m]
    info = doc_info(conn, grouped)
    centrality = coverage(edge_list, sizes)
    rows: list[dict[str, Any]] = []
    for root, members in groups.items():
        canonical = choose(members, info, centrality)[0] if len(members) > 1 else members[0]
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
    for a, _b, sim, _m in edges:
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
