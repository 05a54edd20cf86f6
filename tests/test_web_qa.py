"""Regressions found by looking at the web app's pages in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from labourlens.web.app import STATIC, create_app  # noqa: E402


def test_pages_name_an_icon_that_is_served(tmp_path: Path) -> None:
    """Without an icon the browser asked for /favicon.ico and logged a 404 on every page."""
    with TestClient(create_app(str(tmp_path / "w.db"))) as client:
        page = client.get("/")
        assert page.status_code == 200
        icon = re.search(r'<link rel="icon" href="([^"]+)"', page.text)
        assert icon, "base.html names no icon"
        served = client.get(icon.group(1))
        assert served.status_code == 200 and served.content.lstrip().startswith(b"<svg")


def test_long_speaker_names_wrap_in_the_claims_panel() -> None:
    """`.chain span { white-space: nowrap }` pushed long speaker wordings ("A second source in
    North Pyongan Province, who has relatives among the workers") past the page's right edge."""
    css = (STATIC / "app.css").read_text(encoding="utf-8")
    rules = re.findall(r"\.chain[^{]*\{([^}]*)\}", css)
    assert rules and not any("nowrap" in r for r in rules)


def test_claim_filter_rejects_impossible_dates() -> None:
    from labourlens.errors import UsageError
    from labourlens.web.queries import ClaimFilter

    with pytest.raises(UsageError, match="2024-13"):
        ClaimFilter(date_from="2024-13").check()
    assert ClaimFilter(date_from="2024-12", date_to="2025").check().date_to == "2025"


def test_browser_errors_are_pages_and_api_errors_stay_json(tmp_path: Path) -> None:
    """An unknown address or `/claims?page=-1` showed a raw JSON body in the browser."""
    html = {"accept": "text/html"}
    with TestClient(create_app(str(tmp_path / "e.db"))) as client:
        missing = client.get("/no-such-page", headers=html)
        assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
        assert "Not Found" in missing.text and "<h1>" in missing.text
        bad = client.get("/claims?page=-1", headers=html)
        assert bad.status_code == 400 and "text/html" in bad.headers["content-type"]
        assert "page" in bad.text and "greater than or equal to 1" in bad.text
        api = client.get("/api/claims?page=-1")
        assert api.status_code == 422 and api.json()["detail"][0]["loc"][-1] == "page"
        assert client.get("/api/nothing").json() == {"detail": "Not Found"}


def test_document_page_links_member_and_container(tmp_path: Path) -> None:
    """A WARC/feed/zip file's page was an empty box, and its members did not say where they came from."""
    import io
    import zipfile

    from labourlens import settings as settings_mod
    from labourlens.ingest import ingest
    from labourlens.store import open_store

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("first.txt", "Workers at the fictional Plant 1 in Dandong said their passports were kept.\n")
        z.writestr("second.txt", "Workers at the fictional Plant 2 in Hunchun said they were not paid.\n")
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(buf.getvalue())
    db = str(tmp_path / "c.db")
    with open_store(db) as store:
        ingest([str(archive)], store, settings_mod.load(db=db))
        docs = list(store.iter_documents())
    container = next(d for d in docs if d["container"])
    member = next(d for d in docs if d["origin"].endswith("!first.txt"))
    with TestClient(create_app(db)) as client:
        page = client.get(f"/documents/{container['id']}").text
        assert "2 documents were read out of it" in page
        assert f'href="/documents/{member["id"]}"' in page
        inner = client.get(f"/documents/{member['id']}").text
        assert re.search(rf'<dt>inside</dt><dd[^>]*><a href="/documents/{container["id"]}">[^<]*bundle\.zip</a>', inner)
