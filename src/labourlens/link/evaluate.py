"""``labourlens eval-links GOLD.json``: score copy groups and origins against a gold
file ``{"copies": [["docA", "docB", ...], ...], "origins": {"docC": "The Guardian"}}``
whose names are the file names that were ingested (matched by base name)."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from labourlens.errors import GoldError
from labourlens.link.linker import origins_map
from labourlens.link.origins import resolve_outlet
from labourlens.store import schema as t

__all__ = ["eval_links", "load_gold"]


def load_gold(gold_path: str | Path) -> dict[str, Any]:
    path = Path(gold_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"cannot read the links gold file {path}: {exc.strerror}; check the path") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path} is not JSON ({exc}); expected {{\"copies\": [[...]], \"origins\": {{...}}}}") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: expected a JSON object with \"copies\" and/or \"origins\"")
    copies = data.get("copies", [])
    origins = data.get("origins", {})
    if not isinstance(copies, list) or not all(isinstance(g, list) and all(isinstance(n, str) for n in g)
                                               for g in copies):
        raise GoldError(f"{path}: \"copies\" must be a list of lists of document file names")
    if not isinstance(origins, dict) or not all(isinstance(v, str) for v in origins.values()):
        raise GoldError(f"{path}: \"origins\" must map document file names to outlet names")
    return {"copies": copies, "origins": origins}


def _basename(origin: str) -> str:
    tail = origin.rsplit("!", 1)[-1].rstrip("/")
    return tail.replace("\\", "/").rsplit("/", 1)[-1].split("?", 1)[0]


def _name_index(conn: sa.Connection) -> dict[str, list[str]]:
    d = t.documents
    names: dict[str, list[str]] = {}
    q = sa.select(d.c.id, d.c.origin).where(d.c.status == "ok", sa.not_(d.c.container)).order_by(d.c.id)
    for doc_id, origin in conn.execute(q):
        base = _basename(str(origin))
        names.setdefault(base, []).append(doc_id)
        stem = base.rsplit(".", 1)[0]
        if stem != base:
            names.setdefault(stem, []).append(doc_id)
    return names


def _same_outlet(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return (resolve_outlet(a) or a).strip().casefold() == (resolve_outlet(b) or b).strip().casefold()


def eval_links(gold_path: str | Path, store: Any) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of copy groups over the documents the gold names,
    and accuracy of story origins. ``details`` lists every miss."""
    gold = load_gold(gold_path)
    with store.engine.connect() as conn:
        names = _name_index(conn)
        wanted = sorted({n for g in gold["copies"] for n in g} | set(gold["origins"]))
        found = {n: names.get(_basename(n)) or names.get(_basename(n).rsplit(".", 1)[0]) for n in wanted}
        ids = {n: v[0] for n, v in found.items() if v}
        dc = t.doc_clusters
        cluster: dict[str, str] = {}
        id_list = sorted(set(ids.values()))
        for i in range(0, len(id_list), 900):
            cluster.update(conn.execute(sa.select(dc.c.doc_id, dc.c.cluster_id)
                                        .where(dc.c.doc_id.in_(id_list[i : i + 900]))).all())
        origin = origins_map(conn, id_list)
    details: list[dict[str, Any]] = []
    missing = [n for n in wanted if n not in ids]
    for n in missing:
        details.append({"kind": "missing", "name": n, "note": "no stored document has this file name"})
    for n, v in sorted(found.items()):
        if v and len(v) > 1:
            details.append({"kind": "ambiguous", "name": n, "note": f"{len(v)} stored documents have this file "
                            f"name; the first ({v[0][:12]}) is scored"})
    # copies: pairs over the documents the gold file names
    gold_pairs = {tuple(sorted(p)) for g in gold["copies"] for p in combinations(sorted(set(g)), 2)}
    universe = sorted(set(ids))
    pred_pairs = set()
    for a, b in combinations(universe, 2):
        ca, cb = cluster.get(ids[a]), cluster.get(ids[b])
        if ca is not None and ca == cb:
            pred_pairs.add((a, b))
    tp = len(gold_pairs & pred_pairs)
    fp = len(pred_pairs - gold_pairs)
    fn = len(gold_pairs - pred_pairs)
    for a, b in sorted(gold_pairs - pred_pairs):
        details.append({"kind": "copy missed", "a": a, "b": b})
    for a, b in sorted(pred_pairs - gold_pairs):
        details.append({"kind": "copy wrong", "a": a, "b": b})
    p = tp / (tp + fp) if tp + fp else (1.0 if not gold_pairs else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    # origins
    correct = 0
    for name, want in sorted(gold["origins"].items()):
        got = origin.get(ids[name], {}).get("outlet") if name in ids else None
        if _same_outlet(got, want):
            correct += 1
        else:
            details.append({"kind": "origin wrong", "name": name, "expected": want, "got": got})
    total = len(gold["origins"])
    return {
        "copies": {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
                   "gold_pairs": len(gold_pairs), "predicted_pairs": len(pred_pairs)},
        "origins": {"acc": round(correct / total, 4) if total else 1.0, "correct": correct, "total": total},
        "missing": missing,
        "details": details,
    }
