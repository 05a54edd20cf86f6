"""The JSON API behind the pages (documented at ``/openapi.json`` and ``/api-docs``).

State-changing calls need the CSRF token from ``GET /api/me`` in the
``X-CSRF-Token`` header (and, when the app asks for logins, the session cookie)."""

from __future__ import annotations

import dataclasses
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from starlette.responses import Response

from labourlens import review
from labourlens.errors import NotFound, UsageError
from labourlens.export import web_exports
from labourlens.web import charts, documents, queries
from labourlens.web.context import claim_filter, require, state, user
from labourlens.web.jobs import check_upload, check_urls
from labourlens.web.queries import ClaimFilter

router = APIRouter(prefix="/api")


class ReviewIn(BaseModel):
    claim_id: int
    decision: str = Field(description="accepted, rejected or corrected")
    changes: dict[str, Any] = Field(default_factory=dict,
                                    description="for a correction: speaker, indicators, hedged, polarity")
    note: str | None = None


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


@router.get("/claims", tags=["claims"])
def list_claims(
    request: Request,
    f: ClaimFilter = Depends(claim_filter),
    sort: str = Query("newest", description="one of: " + ", ".join(queries.SORTS)),
    page: int = Query(1, ge=1),
    per_page: int = Query(50, ge=1, le=queries.MAX_PER_PAGE),
) -> dict[str, Any]:
    """One page of claims matching the filters, with review state (corrections applied;
    originals under ``original_*``)."""
    require(request, "view")
    result = queries.claim_page(state(request).store, f, sort=sort, page=page, per_page=per_page)
    result["filter"] = f.params()
    return _jsonable(result)  # type: ignore[no-any-return]


@router.get("/claims/{claim_id}", tags=["claims"])
def claim_detail(request: Request, claim_id: int) -> dict[str, Any]:
    """One claim's review state: original extraction, current values and history."""
    require(request, "view")
    return review.current_state(state(request).store, claim_id)


@router.get("/documents/{doc_id}", tags=["documents"])
def document_detail(request: Request, doc_id: str) -> dict[str, Any]:
    """A document's metadata, provenance, full analysis, claims, copies and origin."""
    require(request, "view")
    view = documents.document_view(state(request).store, doc_id)
    doc = dict(view["doc"])
    doc.pop("original_path", None)
    return _jsonable({  # type: ignore[no-any-return]
        "document": doc,
        "analysis": view["analysis"].to_dict(),
        "claims": [{k: v for k, v in c.items() if k != "amounts"} for c in view["claims"]],
        "copies": view["copies"],
        "origin": view["origin"],
    })


@router.get("/stats", tags=["dashboard"])
def stats(request: Request) -> dict[str, Any]:
    """Counts, claims per indicator per month, places with claim counts, latest
    documents and ingest failures: the dashboard's data."""
    require(request, "view")
    store, cache = state(request).store, state(request).cache
    return {
        "counts": queries.counts(store),
        "indicator_series": cache.get(store, "series", queries.indicator_series),
        "places": cache.get(store, "places", queries.place_points),
        "latest": queries.latest_documents(store),
        "failures": queries.failures(store),
    }


@router.get("/map", tags=["dashboard"])
def map_points(request: Request) -> dict[str, Any]:
    """Places as points in map coordinates (equirectangular, 960 x 480) and claims per country."""
    require(request, "view")
    web = state(request)
    m = charts.world_map(web.cache.get(web.store, "places", queries.place_points))
    countries = web.cache.get(web.store, "countries", queries.country_counts)
    return {"width": m["width"], "height": m["height"], "points": m["dots"], "countries": countries}


@router.get("/reviews", tags=["review"])
def list_reviews(
    request: Request, status: str | None = Query(None, description="accepted, rejected or corrected"),
    reviewer: str | None = None, limit: int = Query(200, ge=1, le=5000),
) -> list[dict[str, Any]]:
    """Reviewed claims, most recently reviewed first, with their current state."""
    require(request, "view")
    return review.reviewed_claims(state(request).store, status=status, reviewer=reviewer, limit=limit)


@router.post("/reviews", tags=["review"], status_code=201)
def post_review(request: Request, body: ReviewIn) -> dict[str, Any]:
    """Append a decision about a claim (needs the reviewer role and a CSRF token)."""
    name = require(request, "review")
    review.add_review(state(request).store, body.claim_id, name, body.decision, body.changes, body.note)
    return review.current_state(state(request).store, body.claim_id)


@router.post("/ingest", tags=["ingest"], status_code=202)
async def start_ingest(request: Request, files: list[UploadFile] = File([]), urls: str = Form("")) -> dict[str, Any]:
    """Start ingesting uploaded files and/or URLs (one per line) in the background;
    poll ``GET /api/jobs/{id}`` for progress. Needs the reviewer role and a CSRF token."""
    require(request, "ingest")
    web = state(request)
    uploads = []
    for upload in files:
        if upload.filename:
            data = await upload.read(web.max_upload + 1)
            check_upload(upload.filename, data, web.max_upload)
            uploads.append((upload.filename, data))
    return web.jobs.start(uploads, check_urls(urls), requested_by=user(request)[0]).to_dict()


@router.get("/jobs/{job_id}", tags=["ingest"])
def job_status(request: Request, job_id: str) -> dict[str, Any]:
    """Progress of an ingest job started from the browser."""
    require(request, "ingest")
    job = state(request).jobs.get(job_id)
    if job is None:
        raise NotFound(f"no ingest job {job_id}")
    return job.to_dict()


@router.get("/export", tags=["claims"])
def export(request: Request, f: ClaimFilter = Depends(claim_filter),
           format: str = Query("jsonl", description="csv, jsonl or geojson")) -> Response:
    """The claims matching the filters as CSV, JSON Lines or GeoJSON (corrections applied)."""
    require(request, "view")
    if format not in web_exports.FORMATS:
        raise UsageError(f"unknown export format {format!r}; choose one of: {', '.join(web_exports.FORMATS)}")
    media, filename = web_exports.FORMATS[format]
    return StreamingResponse(web_exports.export(state(request).store, f, format), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})
