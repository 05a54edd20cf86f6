"""HTML pages. Each route gathers data with the library functions the JSON API also
uses (:mod:`labourlens.web.queries`, :mod:`labourlens.review`, the store, the
linker) and renders a template; report text is escaped by the templates."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, StreamingResponse
from starlette.responses import FileResponse, Response

from labourlens import review
from labourlens.errors import NotFound, UsageError
from labourlens.export import web_exports
from labourlens.model import INDICATORS
from labourlens.web import charts, documents, queries
from labourlens.web.context import claim_filter, render, require, state, user
from labourlens.web.jobs import check_upload, check_urls
from labourlens.web.queries import ClaimFilter

router = APIRouter(include_in_schema=False)
FACET_COUNT_LIMIT = 20_000  # facet counts are shown when the claims matching the filter are at most this many


def _qs(f: ClaimFilter, **extra: Any) -> str:
    from urllib.parse import urlencode

    params = {**f.params(), **{k: str(v) for k, v in extra.items() if v not in (None, "")}}
    return urlencode(params)


@router.get("/")
def dashboard(request: Request) -> Response:
    require(request, "view")
    store, cache = state(request).store, state(request).cache
    return render(request, "dashboard.html", {
        "counts": queries.counts(store),
        "chart": charts.bar_chart(cache.get(store, "series", queries.indicator_series)),
        "map": charts.world_map(cache.get(store, "places", queries.place_points),
                                cache.get(store, "countries", queries.country_counts)),
        "latest": queries.latest_documents(store),
        "failures": queries.failures(store, limit=20),
    })


@router.get("/claims")
def claims_page(
    request: Request,
    f: ClaimFilter = Depends(claim_filter),
    sort: str = Query("newest"),
    page: int = Query(1, ge=1),
    per_page: int = Query(50, ge=1, le=500),
) -> Response:
    require(request, "view")
    store = state(request).store
    result = queries.claim_page(store, f, sort=sort, page=page, per_page=per_page)
    rest = replace(f, indicator=None)
    facets: dict[str, Any] = queries.facet_values(store)
    if not rest.active():  # the same for every visit until new data: cached
        facets["indicators"] = state(request).cache.get(store, "indicator_counts",
                                                        lambda st: queries.indicator_counts(st, rest))
    elif f.indicator is None and (result["total"] or 0) <= FACET_COUNT_LIMIT:  # a huge match set is too slow
        facets["indicators"] = queries.indicator_counts(store, rest)
    return render(request, "claims.html", {
        "f": f, "result": result, "sort": sort, "facets": facets,
        "qs": _qs(f, sort=sort), "qs_filter": _qs(f), "export_formats": list(web_exports.FORMATS),
    })


@router.get("/timeline")
def timeline_page(request: Request, f: ClaimFilter = Depends(claim_filter), page: int = Query(1, ge=1)) -> Response:
    require(request, "view")
    result = queries.claim_page(state(request).store, f, sort="event", page=page, per_page=200)
    months: dict[str, list[dict[str, Any]]] = {}
    for c in result["claims"]:
        months.setdefault((c["when"] or "undated")[:7], []).append(c)
    return render(request, "timeline.html", {"f": f, "result": result, "months": months, "qs_filter": _qs(f),
                                             "facets": queries.facet_values(state(request).store)})


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: str, claim: int | None = Query(None)) -> Response:
    require(request, "view")
    view = documents.document_view(state(request).store, doc_id, selected_claim=claim)
    return render(request, "document.html", view)


@router.get("/documents/{doc_id}/original")
def original(request: Request, doc_id: str) -> Response:
    require(request, "view")
    store = state(request).store
    doc = store.document(doc_id)
    path = store.original_path(doc["id"])
    if not path.exists():
        raise NotFound(f"the original bytes of {doc['id'][:12]} are not stored (it failed before capture)")
    # Always a download of opaque bytes: the original may be hostile HTML.
    return FileResponse(path, media_type="application/octet-stream", filename=documents.download_name(doc),
                        headers={"Content-Security-Policy": "sandbox; default-src 'none'"})


@router.get("/documents/{doc_id}/sources/{key}")
def source_page(request: Request, doc_id: str, key: str) -> Response:
    require(request, "view")
    store = state(request).store
    full = store.resolve(doc_id)
    analysis = store.analysis(full)
    source = analysis.source(key)
    if source is None:
        raise NotFound(f"document {full[:12]} has no speaker {key!r}")
    f = ClaimFilter(document=full, source=key)
    result = queries.claim_page(store, f, per_page=500)
    return render(request, "source.html", {"doc": store.document(full), "source": source, "result": result,
                                           "outlet": None})


@router.get("/outlets/{name}")
def outlet_page(request: Request, name: str, page: int = Query(1, ge=1)) -> Response:
    require(request, "view")
    f = ClaimFilter(outlet=name)
    result = queries.claim_page(state(request).store, f, page=page, per_page=100)
    return render(request, "source.html", {"doc": None, "source": None, "result": result, "outlet": name})


@router.post("/claims/{claim_id}/review")
def review_claim(
    request: Request,
    claim_id: int,
    decision: str = Form(...),
    note: str = Form(""),
    speaker: str = Form(""),
    indicators: list[str] = Form([]),
    hedged: str = Form(""),
    polarity: str = Form(""),
    back: str = Form(""),
) -> Response:
    name = require(request, "review")
    store = state(request).store
    changes: dict[str, Any] = {}
    if decision == "corrected":
        before = review.current_state(store, claim_id)["current"]
        if speaker.strip() and speaker.strip() != before["speaker"]:
            changes["speaker"] = speaker.strip()
        chosen = [i for i in INDICATORS if i in indicators]
        if chosen != before["indicators"]:
            changes["indicators"] = chosen
        if hedged in ("true", "false") and (hedged == "true") != before["hedged"]:
            changes["hedged"] = hedged == "true"
        if polarity and polarity != before["polarity"]:
            changes["polarity"] = polarity
        if not changes:
            raise UsageError("nothing was changed: edit a field, or accept the claim instead")
    review.add_review(store, claim_id, name, decision, changes, note)
    local = back.startswith("/") and not back.startswith("//") and "\\" not in back and "\n" not in back
    target = back if local else "/claims"  # never redirect to another site
    return RedirectResponse(target, status_code=303)


@router.get("/reviews")
def reviews_page(request: Request, status: str | None = Query(None)) -> Response:
    require(request, "view")
    found = review.reviewed_claims(state(request).store, status=status or None, limit=200)
    return render(request, "reviews.html", {"reviews": found, "status": status})


@router.get("/export")
def export_claims(request: Request, f: ClaimFilter = Depends(claim_filter), format: str = Query("csv"),
                  sort: str = Query("newest")) -> Response:
    require(request, "view")
    if format not in web_exports.FORMATS:
        raise UsageError(f"unknown export format {format!r}; choose one of: {', '.join(web_exports.FORMATS)}")
    media, filename = web_exports.FORMATS[format]
    chunks = web_exports.export(state(request).store, f, format, sort=sort)
    return StreamingResponse(chunks, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/ingest")
def ingest_page(request: Request) -> Response:
    require(request, "ingest")
    return render(request, "ingest.html", {"jobs": state(request).jobs.recent(), "error": None,
                                           "max_mb": state(request).max_upload / 1e6})


@router.post("/ingest")
async def ingest_start(request: Request, files: list[UploadFile] = File([]), urls: str = Form("")) -> Response:
    require(request, "ingest")
    web = state(request)
    try:
        uploads = []
        for upload in files:
            if not upload.filename:
                continue
            data = await upload.read(web.max_upload + 1)
            check_upload(upload.filename, data, web.max_upload)
            uploads.append((upload.filename, data))
        job = web.jobs.start(uploads, check_urls(urls), requested_by=user(request)[0])
    except UsageError as exc:
        return render(request, "ingest.html", {"jobs": web.jobs.recent(), "error": exc.message,
                                               "max_mb": web.max_upload / 1e6}, status_code=400)
    return RedirectResponse(f"/ingest/{job.id}", status_code=303)


@router.get("/ingest/{job_id}")
def ingest_job(request: Request, job_id: str) -> Response:
    require(request, "ingest")
    job = state(request).jobs.get(job_id)
    if job is None:
        raise NotFound(f"no ingest job {job_id}")
    return render(request, "job.html", {"job": job.to_dict()})


@router.get("/api-docs")
def api_docs(request: Request) -> Response:
    require(request, "view")
    spec = request.app.openapi()
    return render(request, "api_docs.html", {"spec": spec})
