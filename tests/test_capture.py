"""Capture: input expansion and provenance (id, original, origin, time, reader)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import re
from pathlib import Path

import pytest

from labourlens.capture import InputRef, capture_bytes, capture_input, expand_inputs
from labourlens.settings import load
from test_formats_helpers import (
    ARTICLE_PARAS,
    RSS,
    article_html,
    jsonl_bytes,
    make_pdf,
    tar_bytes,
    warc_bytes,
    zip_bytes,
)

SETTINGS = load(environ={})
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- expand_inputs


def test_expand_inputs_files_folders_globs_stdin_urls(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "b" / "a.html").write_text("<p>a</p>")
    (tmp_path / "b" / ".hidden.txt").write_text("h")
    (tmp_path / "b" / ".git").mkdir()
    (tmp_path / "b" / ".git" / "config").write_text("c")
    (tmp_path / "b" / "sub").mkdir()
    (tmp_path / "b" / "sub" / "m.pdf").write_bytes(b"%PDF-")
    (tmp_path / "one.txt").write_text("1")
    (tmp_path / "two.txt").write_text("2")
    refs = expand_inputs([
        str(tmp_path / "b"), str(tmp_path / "*.txt"), "-", "https://news.example.com/a", "HTTP://X.EXAMPLE/",
        str(tmp_path / "missing.txt"), str(tmp_path / "*.nomatch"),
    ])
    assert [(r.kind, r.value) for r in refs] == [
        ("file", str(tmp_path / "b" / "a.html")),
        ("file", str(tmp_path / "b" / "sub" / "m.pdf")),
        ("file", str(tmp_path / "b" / "z.txt")),
        ("file", str(tmp_path / "one.txt")),
        ("file", str(tmp_path / "two.txt")),
        ("stdin", "-"),
        ("url", "https://news.example.com/a"),
        ("url", "HTTP://X.EXAMPLE/"),
        ("missing", str(tmp_path / "missing.txt")),
        ("missing", str(tmp_path / "*.nomatch")),
    ]


def test_recursive_glob(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "deep.html").write_text("<p>d</p>")
    refs = expand_inputs([str(tmp_path / "**" / "*.html")])
    assert [r.value for r in refs] == [str(tmp_path / "x" / "y" / "deep.html")]


# ---------------------------------------------------------------- provenance


def test_plain_file_provenance(tmp_path: Path) -> None:
    data = article_html().encode()
    path = tmp_path / "story.html"
    path.write_bytes(data)
    (row,) = capture_input(InputRef("file", str(path)), SETTINGS)
    assert row.status == "ok" and row.reason is None
    assert row.id == sha(data) and row.original == data
    assert row.origin == str(path)
    assert ISO_UTC.match(row.captured_at)
    assert row.reader == "html.v1"
    assert row.reader_version == importlib.metadata.version("trafilatura")
    assert row.media_type == "text/html"
    assert row.title and row.outlet == "The Northern Ledger"
    assert ARTICLE_PARAS[0] in row.text
    assert not row.container and row.parent_id is None


def test_same_bytes_same_id_regardless_of_origin() -> None:
    data = b"Workers in Vladivostok were not paid for three months."
    a = capture_bytes(data, "a.txt", SETTINGS)[0]
    b = capture_bytes(data, "https://elsewhere.example/b", SETTINGS)[0]
    assert a.id == b.id == sha(data)
    assert a.reader == "text.v1"
    assert a.reader_version == importlib.metadata.version("charset-normalizer")


def test_pdf_reader_version_is_pypdf() -> None:
    (row,) = capture_bytes(make_pdf(), "r.pdf", SETTINGS)
    assert row.reader == "pdf.v1" and row.reader_version == importlib.metadata.version("pypdf")


def test_given_capture_time_is_kept() -> None:
    (row,) = capture_bytes(b"Some words.", "a.txt", SETTINGS, captured_at="2024-01-02T03:04:05Z")
    assert row.captured_at == "2024-01-02T03:04:05Z"


def test_defaults_fill_only_missing_fields() -> None:
    defaults = {"published": "2023-12-01", "outlet": "Batch Outlet", "language": "en"}
    (text_row,) = capture_bytes(b"Words about Doha.", "a.txt", SETTINGS, defaults=defaults)
    assert (text_row.published, text_row.outlet, text_row.language) == ("2023-12-01", "Batch Outlet", "en")
    (html_row,) = capture_bytes(article_html().encode(), "a.html", SETTINGS, defaults=defaults)
    assert html_row.published == "2024-03-05" and html_row.outlet == "The Northern Ledger"


def test_feed_container_and_entries() -> None:
    data = RSS.encode()
    container, first, second = capture_bytes(data, "feeds/watch.xml", SETTINGS)
    assert container.container and container.id == sha(data) and container.original == data
    assert container.reader == "feed.v1" and container.status == "ok"
    assert first.origin == "feeds/watch.xml#https://watch.example.org/a/1"
    assert first.parent_id == container.id and not first.container
    assert first.original is not None and first.id == sha(first.original)
    assert first.id != second.id
    assert first.url == "https://watch.example.org/a/1" and first.published == "2024-03-05T08:00:00Z"
    assert first.reader == "feed.v1" and first.reader_version == importlib.metadata.version("feedparser")


def test_warc_records_use_target_uri_and_warc_date() -> None:
    page = article_html().encode()
    data = warc_bytes([("https://news.example.com/x", "text/html", page)], gz=True)
    container, record = capture_bytes(data, "crawl.warc.gz", SETTINGS)
    assert container.container and container.reader == "warc.v1"
    assert record.origin == "https://news.example.com/x"
    assert record.captured_at == "2024-05-01T12:00:00Z"
    assert record.original == page and record.id == sha(page)
    assert record.reader == "html.v1"
    assert record.reader_version == importlib.metadata.version("trafilatura")
    assert record.extra["container_origin"] == "crawl.warc.gz"


def test_jsonl_rows_including_bad_line() -> None:
    data = jsonl_bytes([{"text": "Line one about Dandong."}]) + b"{broken\n"
    container, good, bad = capture_bytes(data, "export.jsonl", SETTINGS, defaults={"outlet": "Corpus"})
    assert container.container
    assert good.origin == "export.jsonl#line-1" and good.text == "Line one about Dandong."
    assert good.outlet == "Corpus"
    assert good.original == b'{"text": "Line one about Dandong."}'
    assert bad.status == "failed" and "line 2" in (bad.reason or "")
    assert bad.original == b"{broken" and bad.id == sha(b"{broken") and bad.parent_id == container.id


def test_archive_members_recursive_with_origins() -> None:
    inner = zip_bytes({"deep/report.txt": b"Inner report from Hunchun."})
    data = tar_bytes({"story.html": article_html().encode(), "inner.zip": inner, "feed.xml": RSS.encode()})
    rows = capture_bytes(data, "bundle.tar.gz", SETTINGS)
    by_origin = {r.origin: r for r in rows}
    outer = by_origin["bundle.tar.gz"]
    assert outer.container and outer.reader == "archive.v1"
    story = by_origin["bundle.tar.gz!story.html"]
    assert story.parent_id == outer.id and story.reader == "html.v1" and story.status == "ok"
    nested_zip = by_origin["bundle.tar.gz!inner.zip"]
    assert nested_zip.container and nested_zip.parent_id == outer.id and nested_zip.id == sha(inner)
    deep = by_origin["bundle.tar.gz!inner.zip!deep/report.txt"]
    assert deep.text == "Inner report from Hunchun." and deep.parent_id == nested_zip.id
    entry = by_origin["bundle.tar.gz!feed.xml#https://watch.example.org/a/2"]
    assert entry.parent_id == by_origin["bundle.tar.gz!feed.xml"].id


def test_nested_expansion_shares_one_budget() -> None:
    inner = zip_bytes({"a.txt": b"a" * 60_000})
    data = zip_bytes({"x.zip": inner, "y.txt": b"b" * 60_000})
    rows = capture_bytes(data, "outer.zip", SETTINGS.replace(max_expanded_bytes=100_000))
    x = next(r for r in rows if r.origin == "outer.zip!x.zip")
    assert x.status == "failed" and "zip bomb" in (x.reason or "")


def test_stdin(tmp_path: Path) -> None:
    rows = capture_input(InputRef("stdin", "-"), SETTINGS, stdin=io.BytesIO(b"Report from standard input."))
    assert rows[0].origin == "-" and rows[0].text == "Report from standard input."


def test_stdin_over_limit() -> None:
    (row,) = capture_input(InputRef("stdin", "-"), SETTINGS.replace(max_bytes=10), stdin=io.BytesIO(b"x" * 50))
    assert row.status == "failed" and "LABOURLENS_MAX_BYTES" in (row.reason or "")


@pytest.mark.parametrize("name", ["story.html", "story.txt", None])
def test_capture_bytes_never_raises_on_junk(name: str | None) -> None:
    rows = capture_bytes(bytes(range(256)) * 3, "junk", SETTINGS, name=name)
    assert rows[0].status in {"failed", "skipped"} and rows[0].reason


def test_an_input_ref_records_its_own_origin(tmp_path: Path) -> None:
    from labourlens.capture import InputRef, capture_input, expand_inputs
    from labourlens.settings import load

    path = tmp_path / "tmp-7f3a" / "report.txt"
    path.parent.mkdir()
    path.write_text("Workers at a fictional plant in Dandong were not paid.\n", encoding="utf-8")
    ref = InputRef("file", str(path), origin="upload:report.txt")
    assert expand_inputs([ref, str(path)]) == [ref, InputRef("file", str(path))]
    rows = capture_input(ref, load({}))
    assert [r.origin for r in rows] == ["upload:report.txt"]
    gone = capture_input(InputRef("file", str(tmp_path / "missing.txt"), origin="upload:missing.txt"), load({}))
    assert gone[0].origin == "upload:missing.txt" and gone[0].status == "failed"
