"""WARC (gzip and plain) and ARC files, including truncated copies."""

from __future__ import annotations

import pytest

from labourlens.errors import Failed, Skipped
from labourlens.formats import warc
from labourlens.formats.base import PartialFailure
from labourlens.model import ReadDoc, ReadOptions
from test_formats_helpers import ARTICLE_PARAS, arc_bytes, article_html, gzip_bytes, warc_bytes

PAGE = article_html().encode()
RECORDS = [
    ("https://news.example.com/dandong", "text/html; charset=utf-8", PAGE),
    ("https://news.example.com/notes.txt", "text/plain", b"Plain notes from Shenyang.\nSecond line."),
    ("https://news.example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ("https://news.example.com/hunchun", "text/html", article_html(title="Hunchun garment shifts").encode() * 2),
]


def docs_of(data: bytes) -> list[ReadDoc]:
    docs = warc.read(data, ReadOptions())
    assert all(isinstance(d, ReadDoc) for d in docs)
    return docs  # type: ignore[return-value]


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
def test_html_and_text_responses_become_documents(gz: bool) -> None:
    docs = docs_of(warc_bytes(RECORDS, gz=gz))
    assert [d.url for d in docs] == [RECORDS[0][0], RECORDS[1][0], RECORDS[3][0]]
    page, notes, _ = docs
    assert page.captured_at == "2024-05-01T12:00:00Z"
    assert page.raw == PAGE
    assert page.locator == RECORDS[0][0]
    assert ARTICLE_PARAS[0] in page.text
    assert page.extra["reader"] == "html.v1"
    assert notes.captured_at == "2024-05-02T12:00:00Z"
    assert notes.text == "Plain notes from Shenyang.\nSecond line."
    assert notes.extra["reader"] == "text.v1"


def test_arc_file() -> None:
    (doc,) = docs_of(arc_bytes([("http://news.example.com/arc-page", "text/html", PAGE)]))
    assert doc.url == "http://news.example.com/arc-page"
    assert doc.captured_at is not None and doc.captured_at.startswith("2024-05-01T12:00:00")
    assert ARTICLE_PARAS[1] in doc.text


@pytest.mark.parametrize("cut", [10, 400])
def test_truncated_gzip_warc_keeps_records_before_the_break(cut: int) -> None:
    data = warc_bytes(RECORDS, gz=True)
    with pytest.raises(PartialFailure, match="truncated gzip WARC") as info:
        warc.read(data[:-cut], ReadOptions())
    kept = [d.url for d in info.value.docs if isinstance(d, ReadDoc)]
    assert kept[:2] == [RECORDS[0][0], RECORDS[1][0]]
    assert info.value.status == "failed"


def test_truncated_plain_warc_drops_the_cut_record() -> None:
    data = warc_bytes(RECORDS, gz=False)
    with pytest.raises(PartialFailure, match="truncated") as info:
        warc.read(data[:-200], ReadOptions())
    assert [d.url for d in info.value.docs if isinstance(d, ReadDoc)] == [RECORDS[0][0], RECORDS[1][0]]


def test_warc_without_documents_is_skipped() -> None:
    with pytest.raises(Skipped, match="no HTML or text"):
        warc.read(warc_bytes([RECORDS[2]], gz=False), ReadOptions())


def test_non_warc_bytes_fail() -> None:
    with pytest.raises(Failed):
        warc.read(b"WARC/1.0\r\nnonsense without a proper header block", ReadOptions())


def test_gzip_complete() -> None:
    data = warc_bytes(RECORDS, gz=True)
    assert warc.gzip_complete(data)
    assert not warc.gzip_complete(data[:-5])


def test_sniff() -> None:
    assert warc.sniff(warc_bytes(RECORDS, gz=True)) == 100
    assert warc.sniff(warc_bytes(RECORDS, gz=False)) == 100
    assert warc.sniff(arc_bytes([RECORDS[0]])) == 100
    assert warc.sniff(PAGE) == 0


def test_arc_gzipped_as_one_block() -> None:
    data = gzip_bytes(arc_bytes([("http://news.example.com/a", "text/html", PAGE),
                                 ("http://news.example.com/b", "text/plain", b"Notes from Dandong.")]))
    docs = docs_of(data)
    assert [d.url for d in docs] == ["http://news.example.com/a", "http://news.example.com/b"]
    assert docs[1].text == "Notes from Dandong."


def test_truncated_whole_block_gzip_keeps_complete_records() -> None:
    data = gzip_bytes(warc_bytes(RECORDS, gz=False))
    with pytest.raises(PartialFailure, match="truncated gzip WARC") as info:
        warc.read(data[:-3], ReadOptions())
    assert len(info.value.docs) == 3
