"""Every page of the web app renders on the sample corpus (``samples/``): a smoke test
on realistic documents (HTML, PDF, feeds, other languages). Skipped without samples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from labourlens import settings as settings_mod  # noqa: E402
from labourlens.ingest import ingest  # noqa: E402
from labourlens.store import Store, open_store  # noqa: E402
from labourlens.web.app import create_app  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Store]]:
    if not SAMPLES.is_dir() or not any(SAMPLES.iterdir()):
        pytest.skip("no samples/ folder")
    store = open_store(str(tmp_path_factory.mktemp("websamples") / "samples.db"))
    ingest([str(SAMPLES)], store, settings_mod.load(), hooks=[])
    with TestClient(create_app(store=store)) as client:
        yield client, store
    store.close()


def test_every_page_renders_on_the_samples(env: tuple[TestClient, Store]) -> None:
    client, store = env
    for url in ("/", "/claims", "/timeline", "/reviews", "/api/stats", "/claims?sort=speaker",
                "/claims?sort=event&per_page=200", "/export?format=geojson", "/export?format=csv"):
        assert client.get(url).status_code == 200, url
    docs = [d for d in store.iter_documents(status="ok") if not d["container"]]
    assert docs
    for d in docs:
        page = client.get(f"/documents/{d['id']}")
        assert page.status_code == 200, d["origin"]
        assert client.get(f"/api/documents/{d['id']}").status_code == 200, d["origin"]
        claims = store.claims(document=d["id"])
        assert page.text.count('class="claim-card') == len(claims), d["origin"]
    for src in store.sources()[:40]:
        assert client.get(f"/documents/{src['doc_id']}/sources/{src['key']}").status_code == 200


def test_api_counts_match_the_store_on_the_samples(env: tuple[TestClient, Store]) -> None:
    client, store = env
    data = client.get("/api/claims", params={"per_page": 500}).json()
    assert data["total"] == store.counts()["claims"] == len(data["claims"])
    for indicator in {i for c in data["claims"] for i in c["indicators"]}:
        expected = len(store.claims(indicator=indicator))
        assert client.get("/api/claims", params={"indicator": indicator}).json()["total"] == expected
