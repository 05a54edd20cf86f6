"""Route and API tests of the web app on a small store filled through ingest."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
import sqlalchemy as sa  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from labourlens import review  # noqa: E402
from labourlens import settings as settings_mod  # noqa: E402
from labourlens.errors import NotFound, UsageError  # noqa: E402
from labourlens.store import Store, open_store  # noqa: E402
from labourlens.store import schema as t  # noqa: E402
from labourlens.web.app import create_app  # noqa: E402
from test_web_support import make_store_copy  # noqa: E402


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Store]]:
    db = make_store_copy(tmp_path_factory.mktemp("webapp"))
    store = open_store(str(db))
    app = create_app(store=store)
    with TestClient(app) as client:
        yield client, store
    store.close()


def csrf(client: TestClient) -> str:
    return str(client.get("/api/me").json()["csrf_token"])


def first_claim(store: Store, **filters: Any) -> dict[str, Any]:
    found = store.claims(**filters)
    assert found, f"the test corpus should hold a claim matching {filters}"
    return found[0]


def test_dashboard_counts_chart_map_and_failures(env: tuple[TestClient, Store]) -> None:
    client, store = env
    r = client.get("/")
    assert r.status_code == 200
    counts = store.counts()
    assert f'<b id="count-claims">{counts["claims"]}</b>' in r.text
    ok_docs = sum(1 for d in store.iter_documents(status="ok") if not d["container"])
    assert f'<b id="count-documents">{ok_docs}</b>' in r.text
    assert '<svg class="chart"' in r.text and '<rect class="bar series-' in r.text
    assert r.text.count('<path class="country"') > 150  # Natural Earth outlines, drawn server-side
    # a place named in a claim is a point that links to the filtered claims table
    assert re.search(r'href="/claims\?place=Dandong"', r.text)
    # countries with claims are shaded and link to the claims there
    assert re.search(r'href="/claims\?country=CN" class="map-country"><path class="country shade-[1-5]"', r.text)
    # the empty input is listed among failures with its reason
    assert "empty.txt" in r.text and "empty file" in r.text


def test_stats_api_matches_store(env: tuple[TestClient, Store]) -> None:
    client, store = env
    data = client.get("/api/stats").json()
    assert data["counts"]["claims"] == store.counts()["claims"]
    assert data["counts"]["sources"] == store.counts()["sources"]
    assert any(p["name"] == "Dandong" and p["claims"] >= 1 for p in data["places"])
    assert {f["status"] for f in data["failures"]} <= {"failed", "skipped"} and data["failures"]


def test_claims_filter_by_indicator(env: tuple[TestClient, Store]) -> None:
    client, store = env
    indicator = first_claim(store)["indicators"][0]
    expected = {c["id"] for c in store.claims(indicator=indicator)}
    data = client.get("/api/claims", params={"indicator": indicator}).json()
    assert {c["id"] for c in data["claims"]} == expected
    assert data["total"] == len(expected)
    assert all(indicator in c["indicators"] for c in data["claims"])
    page = client.get("/claims", params={"indicator": indicator})
    assert page.status_code == 200
    assert f'<b id="total">{len(expected)}</b>' in page.text


@pytest.mark.parametrize(
    "params,store_filters",
    [
        ({"hedged": "true"}, {"hedged": True}),
        ({"hedged": "false"}, {"hedged": False}),
        ({"country": "CN"}, {"country": "CN"}),
        ({"place": "khabarovsk"}, {"place": "khabarovsk"}),
        ({"speaker_kind": "anonymous_source"}, {"speaker_kind": "anonymous_source"}),
        ({"negated": "false"}, {"negated": False}),
        ({"corroborated": "1"}, {"corroborated": 1}),
        ({"date_from": "2024-01", "date_to": "2024-12"}, {"date_from": "2024-01", "date_to": "2024-12"}),
        ({"q": "passports"}, {"text": "passports"}),
    ],
)
def test_claim_filters_agree_with_the_store(
    env: tuple[TestClient, Store], params: dict[str, str], store_filters: dict[str, Any]
) -> None:
    client, store = env
    expected = {c["id"] for c in store.claims(**store_filters)}
    data = client.get("/api/claims", params={**params, "per_page": 500}).json()
    assert {c["id"] for c in data["claims"]} == expected
    assert data["total"] == len(expected)


def test_full_text_search_finds_words(env: tuple[TestClient, Store]) -> None:
    client, _ = env
    data = client.get("/api/claims", params={"q": "dormitory"}).json()
    assert data["total"] >= 1 and all("dormitory" in c["text"].lower() for c in data["claims"])
    assert client.get("/api/claims", params={"q": "zyxwvut"}).json()["total"] == 0


def test_sorting_and_paging(env: tuple[TestClient, Store]) -> None:
    client, store = env
    total = store.counts()["claims"]
    ids = []
    for page in range(1, total + 1):
        data = client.get("/api/claims", params={"per_page": 1, "page": page, "sort": "oldest"}).json()
        assert data["pages"] == total and len(data["claims"]) == 1
        ids.append(data["claims"][0]["id"])
    assert len(set(ids)) == total
    published = [client.get("/api/claims", params={"per_page": 1, "page": p, "sort": "oldest"}).json()["claims"][0]
                 ["published"] for p in (1, total)]
    assert published[0] <= published[1]
    html = client.get("/claims", params={"per_page": 2}).text
    assert 'rel="next"' in html


def test_bad_filter_is_a_400_with_a_helpful_message(env: tuple[TestClient, Store]) -> None:
    client, _ = env
    r = client.get("/api/claims", params={"indicator": "nonsense"})
    assert r.status_code == 400 and "choose one of" in r.json()["detail"]
    r = client.get("/claims", params={"hedged": "maybe"})
    assert r.status_code == 400 and "true or false" in r.text
    assert client.get("/api/claims", params={"sort": "sideways"}).status_code == 400


def test_claim_rows_link_to_their_document_with_the_claim_highlighted(env: tuple[TestClient, Store]) -> None:
    client, store = env
    claim = first_claim(store, place="Dandong")
    html = client.get("/claims", params={"place": "Dandong"}).text
    link = f'/documents/{claim["doc_id"]}?claim={claim["id"]}#claim-{claim["idx"]}'
    assert link in html
    doc = client.get(f'/documents/{claim["doc_id"]}', params={"claim": claim["id"]}).text
    assert f'id="claim-{claim["idx"]}"' in doc
    assert "hl-selected" in doc
    for kind in ("hl-claim", "hl-place", "hl-speaker", "hl-amount", "hl-time", "hl-indicator"):
        assert kind in doc, kind
    assert 'id="legend"' in doc and 'title="place: Dandong' in doc


def test_document_side_panel_provenance_and_download(env: tuple[TestClient, Store]) -> None:
    client, store = env
    claim = first_claim(store, place="Dandong")
    doc = store.document(claim["doc_id"])
    html = client.get(f'/documents/{doc["id"]}').text
    assert doc["id"] in html and doc["captured_at"] in html and doc["reader"] in html
    assert "USD 208" in html or "USD" in html  # the yuan amount with its USD value
    assert re.search(r"rate [\d.]+ CNY/USD", html)
    r = client.get(f'/documents/{doc["id"]}/original')
    assert r.status_code == 200
    assert r.content == Path(doc["original_path"]).read_bytes()
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment")
    api = client.get(f'/api/documents/{doc["id"][:10]}').json()
    assert api["document"]["id"] == doc["id"]
    assert len(api["claims"]) == doc["n_claims"]
    assert api["analysis"]["places"]


def test_unknown_document_is_404(env: tuple[TestClient, Store]) -> None:
    client, _ = env
    assert client.get("/documents/ffffffffffff").status_code == 404
    assert client.get("/api/documents/ffffffffffff").status_code == 404


def test_source_and_outlet_views(env: tuple[TestClient, Store]) -> None:
    client, store = env
    claim = first_claim(store, speaker_kind="anonymous_source")
    html = client.get(f'/documents/{claim["doc_id"]}/sources/{claim["source_key"]}').text
    same = [c for c in store.claims(document=claim["doc_id"]) if c["source_key"] == claim["source_key"]]
    assert html.count('<tr><td><a href="/documents/') == len(same)
    outlet = next(d["outlet"] for d in store.iter_documents(status="ok") if d["outlet"])
    r = client.get(f"/outlets/{outlet}")
    assert r.status_code == 200 and outlet in r.text
    assert client.get(f'/documents/{claim["doc_id"]}/sources/S99').status_code == 404


def test_timeline_groups_by_month(env: tuple[TestClient, Store]) -> None:
    client, store = env
    html = client.get("/timeline").text
    months = {(c["event_time"] or c["published"] or "")[:7] for c in store.claims()}
    for month in months - {""}:
        assert f"<h2>{month}</h2>" in html


def test_review_accept_correct_and_filter(env: tuple[TestClient, Store]) -> None:
    client, store = env
    claim = first_claim(store, place="Dandong")
    token = csrf(client)
    r = client.post("/api/reviews", json={"claim_id": claim["id"], "decision": "accepted", "note": "checked"},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 201 and r.json()["status"] == "accepted"
    r = client.post(
        "/api/reviews",
        json={"claim_id": claim["id"], "decision": "corrected", "changes": {"indicators": ["deception"],
                                                                             "speaker": "a plant supervisor"}},
        headers={"X-CSRF-Token": token},
    )
    state = r.json()
    assert state["status"] == "corrected"
    assert state["current"]["indicators"] == ["deception"]
    assert state["original"]["indicators"] == claim["indicators"]
    assert [h["decision"] for h in state["history"]] == ["accepted", "corrected"]  # append-only
    corrected = client.get("/api/claims", params={"review": "corrected"}).json()["claims"]
    assert [c["id"] for c in corrected] == [claim["id"]]
    assert corrected[0]["speaker"] == "a plant supervisor" and corrected[0]["original_speaker"]
    unreviewed = {c["id"] for c in client.get("/api/claims", params={"review": "unreviewed", "per_page": 500})
                  .json()["claims"]}
    assert claim["id"] not in unreviewed and len(unreviewed) == store.counts()["claims"] - 1
    html = client.get(f'/documents/{claim["doc_id"]}', params={"claim": claim["id"]}).text
    assert "status-corrected" in html and "extracted speaker:" in html  # original stays visible
    # corrected values are what exports use
    rows = list(csv.DictReader(io.StringIO(client.get("/export", params={"review": "corrected", "format": "csv"})
                                           .text)))
    assert len(rows) == 1 and rows[0]["indicators"] == "deception"
    assert rows[0]["original_indicators"] == ";".join(claim["indicators"])
    reviews = client.get("/api/reviews").json()
    assert reviews[0]["claim_id"] == claim["id"] and reviews[0]["reviewer"] == "local"
    assert "status-corrected" in client.get("/reviews").text


def test_review_from_the_html_form(env: tuple[TestClient, Store]) -> None:
    client, store = env
    claim = first_claim(store, place="khabarovsk")
    r = client.post(f'/claims/{claim["id"]}/review',
                    data={"decision": "rejected", "note": "duplicate", "csrf_token": csrf(client),
                          "back": f'/documents/{claim["doc_id"]}'}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f'/documents/{claim["doc_id"]}'
    assert review.current_state(store, claim["id"])["status"] == "rejected"
    r = client.post(f'/claims/{claim["id"]}/review',
                    data={"decision": "corrected", "csrf_token": csrf(client), "hedged": "false",
                          "speaker": "", "indicators": claim["indicators"], "polarity": claim["polarity"]},
                    follow_redirects=False)
    assert r.status_code == 303
    state = review.current_state(store, claim["id"])
    assert state["current"]["hedged"] is False and state["original"]["hedged"] is claim["hedged"]


def test_review_library_rejects_bad_input(env: tuple[TestClient, Store]) -> None:
    _, store = env
    claim = first_claim(store)
    with pytest.raises(UsageError):
        review.add_review(store, claim["id"], "ana", "maybe")
    with pytest.raises(UsageError):
        review.add_review(store, claim["id"], "ana", "corrected", {})
    with pytest.raises(UsageError):
        review.add_review(store, claim["id"], "ana", "corrected", {"indicators": ["not_an_indicator"]})
    with pytest.raises(UsageError):
        review.add_review(store, claim["id"], "ana", "corrected", {"text": "rewritten"})
    with pytest.raises(UsageError):
        review.add_review(store, claim["id"], "ana", "accepted", {"hedged": True})
    with pytest.raises(NotFound):
        review.add_review(store, 10**9, "ana", "accepted")


def test_exports_of_the_current_filter(env: tuple[TestClient, Store]) -> None:
    client, store = env
    indicator = first_claim(store)["indicators"][0]
    expected = {c["id"] for c in store.claims(indicator=indicator)}
    text = client.get("/export", params={"indicator": indicator, "format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {int(r["id"]) for r in rows} == expected
    lines = client.get("/api/export", params={"indicator": indicator, "format": "jsonl"}).text.splitlines()
    assert {json.loads(x)["id"] for x in lines} == expected
    geo = json.loads(client.get("/export", params={"format": "geojson"}).text)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    point = geo["features"][0]
    assert point["geometry"]["type"] == "Point" and len(point["geometry"]["coordinates"]) == 2
    assert client.get("/export", params={"format": "xlsx"}).status_code == 400


def test_openapi_is_documented_locally(env: tuple[TestClient, Store]) -> None:
    client, _ = env
    spec = client.get("/openapi.json").json()
    for path in ("/api/claims", "/api/documents/{doc_id}", "/api/stats", "/api/reviews"):
        assert path in spec["paths"]
    assert "indicator" in {p["name"] for p in spec["paths"]["/api/claims"]["get"]["parameters"]}
    html = client.get("/api-docs").text
    assert "GET /api/claims" in html


def test_upload_a_file_and_see_it_stored(env: tuple[TestClient, Store]) -> None:
    client, store = env
    text = ("Fishers near Hunchun say boats kept them at sea\n\nHUNCHUN, China (Example Wire) - May 2, 2024\n\n"
            "Crew members on Fictional Marine trawlers near Hunchun were not paid for eight months, a crew "
            "member told Example Wire.\n")
    r = client.post("/ingest", files={"files": ("hunchun.txt", text.encode(), "text/plain")},
                    data={"csrf_token": csrf(client), "urls": ""}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/ingest/")
    job_id = r.headers["location"].rsplit("/", 1)[1]
    client.app.state.web.jobs.wait()  # type: ignore[attr-defined]
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["state"] == "done" and job["stored"] == 1
    doc_id = job["items"][0]["doc_id"]
    assert store.has(doc_id)
    assert store.document(doc_id)["origin"] == "upload:hunchun.txt"  # not the temporary path
    assert job["items"][0]["origin"] == "hunchun.txt"
    page = client.get(f"/ingest/{job_id}").text
    assert "hunchun.txt" in page and f"/documents/{doc_id}" in page
    latest = client.get("/api/stats").json()["latest"]
    assert doc_id in {d["id"] for d in latest}


def test_upload_rejects_unknown_types_and_big_files(env: tuple[TestClient, Store]) -> None:
    client, _ = env
    junk = bytes(range(256)) * 8
    r = client.post("/ingest", files={"files": ("blob.bin", junk, "application/octet-stream")},
                    data={"csrf_token": csrf(client)})
    assert r.status_code == 400 and "blob.bin" in r.text
    small = create_app(store=client.app.state.web.store, max_upload=1000)  # type: ignore[attr-defined]
    with TestClient(small) as c2:
        r = c2.post("/ingest", files={"files": ("big.txt", b"word " * 400, "text/plain")},
                    data={"csrf_token": csrf(c2)})
        assert r.status_code == 400 and "limit" in r.text
    r = client.post("/ingest", data={"csrf_token": csrf(client), "urls": "ftp://example.invalid/x"})
    assert r.status_code == 400 and "http" in r.text


def test_ingest_through_the_api(env: tuple[TestClient, Store]) -> None:
    client, store = env
    text = b"Cannery staff in Nakhodka said the agency kept their passports, a union organiser said.\n"
    r = client.post("/api/ingest", files={"files": ("nakhodka.txt", text, "text/plain")},
                    headers={"X-CSRF-Token": csrf(client)})
    assert r.status_code == 202
    client.app.state.web.jobs.wait()  # type: ignore[attr-defined]
    job = client.get(f"/api/jobs/{r.json()['id']}").json()
    assert job["state"] == "done" and store.has(job["items"][0]["doc_id"])
    r = client.post("/api/ingest", files={"files": ("x.bin", bytes(range(256)) * 4, "application/octet-stream")},
                    headers={"X-CSRF-Token": csrf(client)})
    assert r.status_code == 400 and "x.bin" in r.json()["detail"]
    assert client.post("/api/ingest", data={"urls": ""}, headers={"X-CSRF-Token": csrf(client)}).status_code == 400


def test_indicator_facet_counts_follow_the_other_filters(env: tuple[TestClient, Store]) -> None:
    client, store = env
    from labourlens.web.queries import ClaimFilter, indicator_counts

    for f, kwargs in ((ClaimFilter(), {}), (ClaimFilter(hedged=True), {"hedged": True}),
                      (ClaimFilter(country="CN", indicator="deception"), {"country": "CN"})):
        counts = indicator_counts(store, f)
        for indicator, n in counts.items():
            assert n == len(store.claims(indicator=indicator, **kwargs)), (f, indicator)
        assert sum(counts.values()) >= 1 or not store.claims(**kwargs)
    html = client.get("/claims", params={"hedged": "true"}).text
    for indicator, n in indicator_counts(store, ClaimFilter(hedged=True)).items():
        assert f'{indicator.replace("_", " ")} ({n})</option>' in html


@pytest.mark.parametrize("extra", [{}, {"hedged": False}, {"country": "CN"}])
def test_common_word_plan_gives_the_same_page(env: tuple[TestClient, Store], monkeypatch: pytest.MonkeyPatch,
                                               extra: dict[str, Any]) -> None:
    """A very common search word switches to walking claims in page order; the page and
    total must not change."""
    from labourlens.web import queries

    _, store = env
    f = queries.ClaimFilter(q="workers", **extra)
    normal = queries.claim_page(store, f, per_page=2)
    monkeypatch.setattr(queries, "COMMON_MIN_HITS", 1)
    monkeypatch.setattr(queries, "COMMON_SHARE", 0.0)
    with store.engine.connect() as conn:
        assert queries._common_words(conn, f) is not None
    common = queries.claim_page(store, f, per_page=2)
    assert [c["id"] for c in common["claims"]] == [c["id"] for c in normal["claims"]]
    assert common["total"] == normal["total"] and normal["total"] >= 1


def test_failed_document_shows_its_reason(env: tuple[TestClient, Store]) -> None:
    client, store = env
    failed = next(d for d in store.iter_documents() if d["status"] != "ok")
    r = client.get(f'/documents/{failed["id"]}')
    assert r.status_code == 200
    assert 'id="doc-status"' in r.text and failed["reason"] in r.text


def test_ingest_jobs_are_kept_across_a_restart(tmp_path: Path) -> None:
    from labourlens.web import jobs as jobs_mod

    db = make_store_copy(tmp_path / "restart")
    store = open_store(str(db))
    try:
        text = ("Loggers near Tynda were not paid for five months, a fictional union official said.\n"
                "Their contracts were held by the fictional Amur Timber Artel.\n")
        with TestClient(create_app(store=store)) as client:
            r = client.post("/ingest", files={"files": ("tynda.txt", text.encode(), "text/plain")},
                            data={"csrf_token": csrf(client), "urls": ""}, follow_redirects=False)
            job_id = r.headers["location"].rsplit("/", 1)[1]
            client.app.state.web.jobs.wait()  # type: ignore[attr-defined]
        with TestClient(create_app(store=store)) as again:  # a new process would see the same rows
            job = again.get(f"/api/jobs/{job_id}").json()
            assert job["state"] == "done" and job["stored"] == 1 and job["inputs"] == ["tynda.txt"]
            assert job["items"][0]["origin"] == "tynda.txt"
            assert f'href="/ingest/{job_id}"' in again.get("/ingest").text
        # a job that was running when the app stopped is reported as interrupted
        with store.engine.begin() as conn:
            conn.execute(sa.insert(t.ingest_jobs).values(id="cut", state="running", labels=["big.zip"], items=[],
                                                         done=3, total=9, started="2026-01-01T00:00:00+00:00"))
        manager = jobs_mod.JobManager(store, settings_mod.load({}))
        cut = manager.get("cut")
        assert cut is not None and cut.state == "error" and cut.error == jobs_mod.INTERRUPTED
        assert cut.to_dict()["done"] == 3
        assert manager.get("no-such-job") is None
    finally:
        store.close()
