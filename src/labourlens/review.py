"""Review of extracted claims: a reviewer accepts, rejects or corrects a claim.

Decisions are append-only rows in the ``reviews`` table (who, when, what, why); the
current state of a claim is derived by folding its decisions in order. The original
extraction is never changed: :func:`current_state` returns both the original values
and the current (corrected) ones, and exports use :func:`apply_state`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from labourlens.errors import NotFound, UsageError
from labourlens.model import INDICATORS
from labourlens.store import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.store import Store

DECISIONS: tuple[str, ...] = ("accepted", "rejected", "corrected")
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", *DECISIONS)
# Fields a correction may change, with the type each must have.
CORRECTABLE: dict[str, type] = {"speaker": str, "indicators": list, "hedged": bool, "polarity": str}
POLARITIES = ("affirmed", "negated")

__all__ = [
    "CORRECTABLE",
    "DECISIONS",
    "REVIEW_STATUSES",
    "add_review",
    "apply_state",
    "current_state",
    "fold",
    "history",
    "reviewed_claims",
    "states",
]


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _has_type(value: Any, kind: type) -> bool:
    return isinstance(value, kind)


def _check_changes(changes: Mapping[str, Any] | None) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in (changes or {}).items():
        if key not in CORRECTABLE:
            raise UsageError(f"cannot correct {key!r}; a correction may change: {', '.join(CORRECTABLE)}")
        if not _has_type(value, CORRECTABLE[key]):
            raise UsageError(f"correction {key!r} must be a {CORRECTABLE[key].__name__}, got {value!r}")
        if key == "indicators":
            unknown = [v for v in value if v not in INDICATORS]
            if unknown:
                raise UsageError(f"unknown indicator(s) {unknown}; choose from: {', '.join(INDICATORS)}")
            value = [i for i in INDICATORS if i in value]
        if key == "polarity" and value not in POLARITIES:
            raise UsageError(f"polarity must be one of {', '.join(POLARITIES)}, got {value!r}")
        if key == "speaker":
            value = value.strip()
            if not value:
                raise UsageError("a corrected speaker must not be empty")
        clean[key] = value
    return clean


def add_review(
    store: Store,
    claim_id: int,
    reviewer: str,
    decision: str,
    changes: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Append one decision about ``claim_id`` and return the stored row.

    ``decision`` is accepted, rejected or corrected; a correction needs ``changes``
    (keys from :data:`CORRECTABLE`); accept and reject take none."""
    if decision not in DECISIONS:
        raise UsageError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
    if not reviewer or not reviewer.strip():
        raise UsageError("a review needs the reviewer's name")
    clean = _check_changes(changes)
    if decision == "corrected" and not clean:
        raise UsageError("a correction needs at least one changed field: " + ", ".join(CORRECTABLE))
    if decision != "corrected" and clean:
        raise UsageError(f"only a correction carries changes; use decision 'corrected' (got {decision!r})")
    row = {
        "claim_id": int(claim_id),
        "reviewer": reviewer.strip(),
        "decision": decision,
        "changes": clean or None,
        "note": (note or "").strip() or None,
        "created_at": _now(),
    }
    with store.engine.begin() as conn:
        exists = conn.execute(sa.select(t.claims.c.id).where(t.claims.c.id == row["claim_id"])).first()
        if exists is None:
            raise NotFound(f"no claim with id {claim_id}; the claims table lists claim ids")
        row["id"] = conn.execute(sa.insert(t.reviews).returning(t.reviews.c.id), [row]).scalar_one()
    return row


def _history(conn: sa.Connection, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    r = t.reviews
    out: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(claim_ids), 500):
        q = sa.select(r).where(r.c.claim_id.in_(claim_ids[i : i + 500])).order_by(r.c.id)
        for row in conn.execute(q).mappings():
            out.setdefault(row["claim_id"], []).append(dict(row))
    return out


def fold(decisions: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The state after ``decisions`` (oldest first): status, accumulated corrections,
    and who decided last, when and why."""
    state: dict[str, Any] = {"status": "unreviewed", "changes": {}, "reviewer": None, "at": None, "note": None}
    for d in decisions:
        state["status"] = d["decision"]
        if d["decision"] == "corrected":
            state["changes"].update(d.get("changes") or {})
        state.update(reviewer=d["reviewer"], at=d["created_at"], note=d.get("note"))
    return state


def states(conn: sa.Connection, claim_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Current review state of each claim (claims never reviewed are left out)."""
    return {cid: fold(rows) for cid, rows in _history(conn, list(claim_ids)).items()}


def history(store: Store, claim_id: int) -> list[dict[str, Any]]:
    """Every decision about ``claim_id``, oldest first."""
    with store.engine.connect() as conn:
        return _history(conn, [int(claim_id)]).get(int(claim_id), [])


def _original(conn: sa.Connection, claim_id: int) -> dict[str, Any]:
    c, s, ci = t.claims, t.sources, t.claim_indicators
    row = conn.execute(
        sa.select(c.c.id, c.c.text, c.c.hedged, c.c.polarity, s.c.wording, s.c.canonical, s.c.kind)
        .outerjoin(s, sa.and_(s.c.doc_id == c.c.doc_id, s.c.key == c.c.source_key))
        .where(c.c.id == claim_id)
    ).first()
    if row is None:
        raise NotFound(f"no claim with id {claim_id}; the claims table lists claim ids")
    found = set(conn.execute(sa.select(ci.c.indicator).where(ci.c.claim_id == claim_id)).scalars())
    return {
        "speaker": row.canonical or row.wording or ("the outlet" if row.kind == "outlet" else None),
        "indicators": [i for i in INDICATORS if i in found],
        "hedged": bool(row.hedged),
        "polarity": row.polarity,
    }


def current_state(store: Store, claim_id: int) -> dict[str, Any]:
    """``{"claim_id", "status", "original", "current", "reviewer", "at", "note",
    "history"}``: the extraction as stored, the values after corrections, and the
    decisions that led there."""
    with store.engine.connect() as conn:
        original = _original(conn, int(claim_id))
        decisions = _history(conn, [int(claim_id)]).get(int(claim_id), [])
    state = fold(decisions)
    current = {**original, **state["changes"]}
    return {
        "claim_id": int(claim_id),
        "status": state["status"],
        "original": original,
        "current": current,
        "reviewer": state["reviewer"],
        "at": state["at"],
        "note": state["note"],
        "history": decisions,
    }


def apply_state(claim: dict[str, Any], state: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of a claim row (as the claims queries return it) with corrections applied
    and ``review_status`` set; the original values stay under ``original_*`` keys."""
    out = dict(claim)
    out["review_status"] = state["status"] if state else "unreviewed"
    changes = (state or {}).get("changes") or {}
    for key, value in changes.items():
        out["original_" + key] = claim.get(key)
        out[key] = value
    return out


def reviewed_claims(
    store: Store, status: str | None = None, reviewer: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Claims that have at least one decision, most recently reviewed first, with
    their current state; ``status`` keeps one current status, ``reviewer`` the claims
    whose latest decision is by that reviewer."""
    if status is not None and status not in DECISIONS:
        raise UsageError(f"status must be one of {', '.join(DECISIONS)}, got {status!r}")
    r, c = t.reviews, t.claims
    last = sa.select(r.c.claim_id, sa.func.max(r.c.id).label("last")).group_by(r.c.claim_id).subquery()
    q = (
        sa.select(c.c.id, c.c.doc_id, c.c.text, last.c.last)
        .join(last, last.c.claim_id == c.c.id)
        .order_by(last.c.last.desc())
    )
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
        found = states(conn, [row.id for row in rows])
    out = []
    for row in rows:
        state = found[row.id]
        if status and state["status"] != status:
            continue
        if reviewer and state["reviewer"] != reviewer:
            continue
        out.append({"claim_id": row.id, "doc_id": row.doc_id, "text": row.text, **state})
        if limit is not None and len(out) >= limit:
            break
    return out
