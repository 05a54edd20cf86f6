"""Fetching http(s) URLs against a local server (no outside network)."""

from __future__ import annotations

import time

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from labourlens.capture import InputRef, capture_input, fetch
from labourlens.errors import FetchError
from labourlens.settings import load
from test_formats_helpers import ARTICLE_PARAS, RSS, article_html

SETTINGS = load(environ={})


def test_html_page_is_fetched_and_read(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/news/story").respond_with_data(article_html(), content_type="text/html; charset=utf-8")
    url = httpserver.url_for("/news/story")
    (row,) = capture_input(InputRef("url", url), SETTINGS)
    assert row.status == "ok" and row.origin == url
    assert row.reader == "html.v1" and ARTICLE_PARAS[0] in row.text
    assert row.original == article_html().encode()


def test_user_agent_and_redirects(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new", headers={"User-Agent": "labourlens-test/9"}).respond_with_data(
        "Moved report text about Doha.", content_type="text/plain")
    url = httpserver.url_for("/old")
    data, ctype, final = fetch(url, SETTINGS.replace(user_agent="labourlens-test/9"))
    assert data == b"Moved report text about Doha." and ctype == "text/plain"
    assert final == httpserver.url_for("/new")
    (row,) = capture_input(InputRef("url", url), SETTINGS.replace(user_agent="labourlens-test/9"))
    assert row.origin == url and row.extra["final_url"] == final


def test_feed_chosen_by_content_type_or_bytes(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data(RSS, content_type="application/rss+xml")
    rows = capture_input(InputRef("url", httpserver.url_for("/feed")), SETTINGS)
    assert rows[0].container and rows[0].reader == "feed.v1"
    assert rows[1].origin == httpserver.url_for("/feed") + "#https://watch.example.org/a/1"


@pytest.mark.parametrize(("status", "phrase"), [(404, "HTTP 404"), (500, "HTTP 500"), (403, "HTTP 403")])
def test_http_errors(httpserver: HTTPServer, status: int, phrase: str) -> None:
    httpserver.expect_request("/x").respond_with_data("no", status=status)
    with pytest.raises(FetchError, match=phrase):
        fetch(httpserver.url_for("/x"), SETTINGS)


def test_slow_server_times_out(httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return Response("late", content_type="text/plain")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 0.2 s"):
        fetch(httpserver.url_for("/slow"), SETTINGS.replace(fetch_timeout=0.2))
    assert time.monotonic() - started < 0.9


def test_unresolvable_host() -> None:
    with pytest.raises(FetchError, match="could not resolve host no-such-host.invalid"):
        fetch("http://no-such-host.invalid/report", SETTINGS.replace(fetch_timeout=5.0))


def test_response_over_size_limit(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data("x" * 5000, content_type="text/plain")
    with pytest.raises(FetchError, match="size limit"):
        fetch(httpserver.url_for("/big"), SETTINGS.replace(max_bytes=1000))


def test_streamed_response_without_length_is_counted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"x" * 600, b"y" * 600]), headers={"Content-Type": "text/plain"})

    with pytest.raises(FetchError, match="size limit"):
        fetch("https://mock.example/stream", SETTINGS.replace(max_bytes=1000), transport=httpx.MockTransport(handler))


def test_injected_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["User-Agent"] == SETTINGS.user_agent
        return httpx.Response(200, text="Mocked report about Hunchun.", headers={"Content-Type": "text/plain"})

    rows = capture_input(InputRef("url", "https://mock.example/r"), SETTINGS, transport=httpx.MockTransport(handler))
    assert rows[0].text == "Mocked report about Hunchun." and rows[0].origin == "https://mock.example/r"


def test_connection_refused_is_a_row_not_an_exception() -> None:
    (row,) = capture_input(InputRef("url", "http://127.0.0.1:9/nothing"), SETTINGS.replace(fetch_timeout=2.0))
    assert row.status == "failed" and "could not connect" in (row.reason or "")
