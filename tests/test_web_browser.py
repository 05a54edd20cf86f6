"""Browser tests in real headless Chromium (Debian's ``chromium`` driven by Playwright).

The app runs under uvicorn on a free localhost port in a thread. Screenshots of the
main pages are saved to ``screenshots/`` at the top of the repository (git-ignored).
Skipped when /usr/bin/chromium or Playwright is missing (``scripts/test-deps.sh``
installs both)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():  # pragma: no cover - depends on the machine
    pytest.skip("Debian chromium is not installed (run scripts/test-deps.sh)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn")

from labourlens.store import Store, open_store  # noqa: E402
from labourlens.web.app import create_app  # noqa: E402
from test_web_support import make_store_copy  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    db = make_store_copy(tmp_path_factory.mktemp("webbrowser"))
    store = open_store(str(db))
    app = create_app(store=store)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", store
    srv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    # a CSP violation would show up as a console error: the pages must not cause any
    assert not [e for e in errors if "Content Security Policy" in e], errors


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_dashboard_loads_with_chart_and_map(server: tuple[str, Store], page: Any) -> None:
    url, store = server
    page.goto(url + "/")
    assert page.locator("#count-claims").inner_text() == str(store.counts()["claims"])
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert page.locator("svg.map path.country").count() > 150
    points = page.locator("svg.map a.map-point")
    assert points.count() >= 1
    # the stylesheet loaded (a CSP or path problem would leave the page unstyled)
    bg = page.evaluate("getComputedStyle(document.querySelector('header.top')).backgroundColor")
    assert bg == "rgb(16, 42, 67)"
    shot(page, "dashboard")
    place = points.first.get_attribute("data-place")
    points.first.locator("circle").click(force=True)
    page.wait_for_url("**/claims?place=*")
    assert page.locator("tr.claim-row").count() >= 1
    assert place in page.url.replace("%20", " ")


def test_filter_claims_by_indicator(server: tuple[str, Store], page: Any) -> None:
    url, store = server
    indicator = store.claims()[0]["indicators"][0]
    expected = len(store.claims(indicator=indicator))
    page.goto(url + "/claims")
    page.select_option("select[name=indicator]", indicator)
    page.click("#apply-filters")
    page.wait_for_url(f"**indicator={indicator}**")
    assert page.locator("#total").inner_text() == str(expected)
    assert page.locator("tr.claim-row").count() == expected
    shot(page, "claims")


def test_open_document_and_see_highlights(server: tuple[str, Store], page: Any) -> None:
    url, store = server
    claim = store.claims(place="Dandong")[0]
    page.goto(url + "/claims?place=Dandong")
    page.click(f'tr[data-claim="{claim["id"]}"] td.claim-text a')
    page.wait_for_url("**/documents/**")
    assert page.locator("#doctext .hl-place").count() >= 1
    assert page.locator("#doctext .hl-claim").count() >= 1
    selected = page.locator("#doctext .hl-selected").first
    assert selected.is_visible()
    title = page.locator("#doctext .hl-place").first.get_attribute("title")
    assert title and title.startswith("place:")
    colour = page.evaluate("getComputedStyle(document.querySelector('#doctext .hl-place')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, "document")


def test_review_a_claim_and_see_the_status_change(server: tuple[str, Store], page: Any) -> None:
    url, store = server
    claim = store.claims()[0]
    page.goto(url + f'/documents/{claim["doc_id"]}?claim={claim["id"]}')
    card = page.locator(f'#card-{claim["id"]}')
    assert card.locator(".status").inner_text() == "unreviewed"
    card.locator("details.review input[name=note]").fill("matches the source")
    card.locator("button.accept").click()
    page.wait_for_load_state()
    assert page.locator(f'#card-{claim["id"]} .status').inner_text() == "accepted"
    page.goto(url + "/claims?review=accepted")
    assert page.locator("tr.claim-row").count() == 1
    shot(page, "reviewed")


def test_upload_a_file_and_see_it_appear(server: tuple[str, Store], page: Any, tmp_path: Path) -> None:
    url, store = server
    report = tmp_path / "vladivostok-yard.txt"
    report.write_text(
        "Shipyard crews in Vladivostok describe confiscated passports\n\n"
        "VLADIVOSTOK, Russia (Example Wire) - April 4, 2024\n\n"
        "Welders at the Fictional Harbour yard in Vladivostok had their passports taken by the foreman, "
        "two welders told Example Wire.\n",
        encoding="utf-8",
    )
    page.goto(url + "/ingest")
    page.set_input_files("#files", str(report))
    page.click("#start-ingest")
    page.wait_for_url("**/ingest/*")
    page.wait_for_selector("#job-state.state-done", timeout=60_000)
    link = page.locator("#job-items a").first
    assert link.count() == 1
    shot(page, "ingest")
    link.click()
    page.wait_for_url("**/documents/**")
    assert "Vladivostok" in page.locator("#doctext").inner_text()
    page.goto(url + "/")
    assert "vladivostok" in page.content().lower()
