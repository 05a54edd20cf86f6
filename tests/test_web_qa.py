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
