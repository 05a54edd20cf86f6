"""Every kind of bad input becomes a failed or skipped row with a one-line reason
(never an exception), in one table."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from labourlens import capture
from labourlens.capture import InputRef, capture_input
from labourlens.settings import Settings, load
from test_formats_helpers import encrypted_pdf, make_pdf, warc_bytes, zip_bomb, zip_bytes

Case = Callable[[Path, HTTPServer, pytest.MonkeyPatch], tuple[InputRef, Settings]]
BASE = load(environ={})


def _file(tmp: Path, name: str, data: bytes) -> InputRef:
    path = tmp / name
    path.write_bytes(data)
    return InputRef("file", str(path))


def missing(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return capture.expand_inputs([str(tmp / "nope" / "report.html")])[0], BASE


def unreadable(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    ref = _file(tmp, "locked.txt", b"Secret words.")
    Path(ref.value).chmod(0)

    def deny(*args: object, **kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    mp.setattr(capture, "open", deny, raising=False)  # also denies when tests run as root
    return ref, BASE


def unsupported(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "photo.bmp", b"BM" + bytes(range(256)) * 16), BASE


def empty(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "empty.txt", b""), BASE


def no_text(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    from test_formats_helpers import blank_pdf

    return _file(tmp, "scan.pdf", blank_pdf()), BASE


def encrypted(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "locked.pdf", encrypted_pdf()), BASE


def corrupt_pdf(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "broken.pdf", make_pdf()[:400]), BASE


def truncated_warc(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    data = warc_bytes([("https://x.example/a", "text/html", b"<html><body><p>Workers in Doha.</p></body></html>"),
                       ("https://x.example/b", "text/html", b"<html><body><p>Second page.</p></body></html>")],
                      gz=True)
    return _file(tmp, "crawl.warc.gz", data[:-120]), BASE


def junk_html(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "page.html", bytes(range(256)) * 16), BASE


def too_big(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "big.txt", b"word " * 400), BASE.replace(max_bytes=1000)


def feed_not_xml(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "news.rss", b"Sorry, this feed has moved. Please visit our homepage."), BASE


def bomb(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return _file(tmp, "bundle.zip", zip_bomb(64 * 1024 * 1024)), BASE.replace(max_expanded_bytes=4 * 1024 * 1024)


def url_unresolvable(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    return InputRef("url", "http://labourlens-test-host.invalid/report.html"), BASE.replace(fetch_timeout=5.0)


def url_timeout(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return Response("<html><body><p>late</p></body></html>", content_type="text/html")

    server.expect_request("/slow").respond_with_handler(slow)
    return InputRef("url", server.url_for("/slow")), BASE.replace(fetch_timeout=0.2)


def url_404(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    server.expect_request("/gone").respond_with_data("not here", status=404)
    return InputRef("url", server.url_for("/gone")), BASE


def url_500(tmp: Path, server: HTTPServer, mp: pytest.MonkeyPatch) -> tuple[InputRef, Settings]:
    server.expect_request("/broken").respond_with_data("oops", status=500)
    return InputRef("url", server.url_for("/broken")), BASE


CASES: list[tuple[str, Case, str, str]] = [
    ("missing path", missing, "failed", "no such file or folder"),
    ("unreadable file", unreadable, "failed", "permission"),
    ("unsupported type", unsupported, "skipped", "unsupported type"),
    ("empty file", empty, "skipped", "empty file"),
    ("no extractable text", no_text, "skipped", "no extractable text"),
    ("encrypted PDF", encrypted, "failed", "encrypted PDF"),
    ("corrupt PDF", corrupt_pdf, "failed", "corrupt PDF"),
    ("truncated gzip WARC", truncated_warc, "failed", "truncated gzip WARC"),
    ("binary junk named .html", junk_html, "failed", "binary data, not HTML"),
    ("file over the size limit", too_big, "failed", "LABOURLENS_MAX_BYTES"),
    ("feed that is not XML", feed_not_xml, "failed", "feed is not XML"),
    ("zip bomb", bomb, "failed", "zip bomb"),
    ("URL that does not resolve", url_unresolvable, "failed", "could not resolve host"),
    ("URL that times out", url_timeout, "failed", "timed out after 0.2 s"),
    ("URL answering 404", url_404, "failed", "HTTP 404 NOT FOUND"),
    ("URL answering 500", url_500, "failed", "HTTP 500 INTERNAL SERVER ERROR"),
]


@pytest.mark.parametrize(("case", "status", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_becomes_a_row_with_a_reason(case: Case, status: str, reason: str, tmp_path: Path,
                                               httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    ref, settings = case(tmp_path, httpserver, monkeypatch)
    rows = capture_input(ref, settings)
    assert rows, "a bad input must still produce a row"
    row = rows[0]
    assert row.status == status
    assert row.reason is not None and reason.lower() in row.reason.lower()
    assert "\n" not in row.reason
    assert len(row.id) == 64
    assert row.origin


def test_truncated_warc_keeps_what_was_read(tmp_path: Path, httpserver: HTTPServer,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ref, settings = truncated_warc(tmp_path, httpserver, monkeypatch)
    container, *records = capture_input(ref, settings)
    assert container.container and container.status == "failed"
    assert [r.origin for r in records] == ["https://x.example/a"]
    assert records[0].status == "ok" and records[0].parent_id == container.id


def test_failed_rows_without_bytes_hash_their_origin(tmp_path: Path) -> None:
    import hashlib

    path = str(tmp_path / "absent.txt")
    (row,) = capture_input(InputRef("missing", path), BASE)
    assert row.id == hashlib.sha256(f"failed:{path}".encode()).hexdigest()
    assert row.original is None


def test_failed_rows_with_bytes_hash_the_bytes(tmp_path: Path) -> None:
    import hashlib

    data = bytes(range(256)) * 16
    (row,) = capture_input(_file(tmp_path, "page.html", data), BASE)
    assert row.id == hashlib.sha256(data).hexdigest() and row.original == data


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ref = _file(tmp_path, "big.txt", b"x" * 5000)

    def never(*args: object, **kw: object) -> None:
        raise AssertionError("an oversized file must not be opened")

    monkeypatch.setattr(capture, "open", never, raising=False)
    (row,) = capture_input(ref, BASE.replace(max_bytes=1000))
    assert row.status == "failed" and "over the" in (row.reason or "")


def test_zip_member_limit_and_nesting(tmp_path: Path) -> None:
    deep = b"Innermost report about Shenyang."
    for level in range(6):
        deep = zip_bytes({f"level{level}.zip" if level else "report.txt": deep})
    rows = capture_input(_file(tmp_path, "deep.zip", deep), BASE)
    assert any(r.status == "failed" and "nested more than" in (r.reason or "") for r in rows)
    assert not any(r.text == "Innermost report about Shenyang." for r in rows)
