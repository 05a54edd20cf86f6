"""The document view's data: highlighted text, the claims side panel (attribution
chain, amounts with USD values, review state), copies, origin and provenance."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from labourlens.errors import LabourlensError
from labourlens.web import highlight, queries
from labourlens.web.queries import ClaimFilter

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.store import Store

_EXT = {"text/html": ".html", "application/pdf": ".pdf", "text/plain": ".txt", "application/xhtml+xml": ".xhtml"}


def download_name(doc: dict[str, Any]) -> str:
    """A harmless file name for the original bytes: id prefix plus an extension from its type."""
    ext = _EXT.get((doc.get("media_type") or "").split(";")[0].strip(), "")
    if not ext:
        m = re.search(r"(\.[A-Za-z0-9]{1,6})$", doc.get("origin") or "")
        ext = m.group(1).lower() if m else ".bin"
    return f"{doc['id'][:16]}{ext}"


def _chain(claim: dict[str, Any], doc: dict[str, Any]) -> list[dict[str, str]]:
    """speaker -> relay -> outlet -> translator, the links that are known."""
    chain = [{"role": "speaker", "name": claim["speaker"], "kind": claim.get("speaker_kind") or ""}]
    if claim.get("relay"):
        chain.append({"role": "relay", "name": claim["relay"], "kind": ""})
    if doc.get("outlet") and claim.get("speaker_kind") != "outlet":
        chain.append({"role": "outlet", "name": doc["outlet"], "kind": ""})
    if doc.get("translator"):
        chain.append({"role": "translator", "name": doc["translator"], "kind": ""})
    return chain


def _members(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """The documents read out of a container (feed, archive, WARC file), in stored order."""
    import sqlalchemy as sa

    from labourlens.store import schema as t

    d = t.documents
    q = (sa.select(d.c.id, d.c.origin, d.c.title, d.c.status, d.c.reason).where(d.c.parent_id == doc_id)
         .order_by(d.c.origin))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def document_view(store: Store, doc_id: str, selected_claim: int | None = None) -> dict[str, Any]:
    """Everything the document page shows. ``selected_claim`` is a claim id (as in
    the claims table); that claim is highlighted and scrolled to."""
    doc = store.document(doc_id)
    analysis = store.analysis(doc["id"])
    claims = list(queries.iter_claims(store, ClaimFilter(document=doc["id"])))
    claims.sort(key=lambda c: c["idx"])
    selected_idx = next((c["idx"] for c in claims if c["id"] == selected_claim), None)
    segs = highlight.segments(doc["text"] or "", highlight.marks(analysis), selected_idx)
    anchored: set[int] = set()
    for seg in segs:
        if seg.claim is not None and seg.claim not in anchored:
            anchored.add(seg.claim)
            seg.anchor = f"claim-{seg.claim}"

    for c in claims:
        c["chain"] = _chain(c, doc)
        c["amounts"] = [a for a in analysis.amounts if c["start"] <= a.start and a.end <= c["end"]]
        c["selected"] = c["idx"] == selected_idx
    copies: list[Any] = []
    origin = None
    try:
        from labourlens import link

        copies = link.copies_of(store, doc["id"])
        origin = link.origin_of(store, doc["id"])
    except Exception:  # noqa: BLE001 - linking is optional: the page works without it
        copies, origin = [], None
    container = None
    if doc.get("parent_id"):
        try:
            parent = store.document(str(doc["parent_id"]))
            container = {"id": parent["id"], "origin": parent["origin"]}
        except LabourlensError:
            container = None
    return {
        "doc": doc,
        "container": container,
        "members": _members(store, doc["id"]) if doc.get("container") else [],
        "analysis": analysis,
        "paragraphs": highlight.paragraphs(segs),
        "claims": claims,
        "kinds": highlight.KINDS,
        "copies": copies,
        "origin": origin,
        "download": download_name(doc),
        "other_amounts": [a for a in analysis.amounts
                          if not any(c["start"] <= a.start and a.end <= c["end"] for c in claims)],
    }
