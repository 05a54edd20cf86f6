"""JSON Lines exports: one document per line, bad lines reported, others kept."""

from __future__ import annotations

import pytest

from labourlens.errors import Failed
from labourlens.formats import jsonl
from labourlens.model import ReadDoc, ReadOptions
from test_formats_helpers import ARTICLE_PARAS, article_html, jsonl_bytes

ROWS: list[dict[str, object]] = [
    {"text": "Workers in Doha said their passports were taken.", "url": "https://a.example/1",
     "title": "Passports taken", "published": "2024-02-01", "outlet": "Gulf Ledger", "language": "en"},
    {"html": article_html(), "url": "https://a.example/2"},
    {"text": "단둥 공장 노동자들은 임금을 받지 못했다.", "language": "ko"},
]


def read_all(data: bytes) -> list[ReadDoc]:
    docs = jsonl.read(data, ReadOptions())
    assert all(isinstance(d, ReadDoc) for d in docs)
    return docs  # type: ignore[return-value]


def test_each_line_is_a_document_with_its_fields() -> None:
    data = jsonl_bytes(ROWS)
    first, second, third = read_all(data)
    assert first.text == ROWS[0]["text"]
    assert (first.url, first.title, first.published, first.outlet, first.language) == (
        "https://a.example/1", "Passports taken", "2024-02-01", "Gulf Ledger", "en")
    assert first.raw == data.split(b"\n")[0]
    assert first.locator == "line-1"
    assert ARTICLE_PARAS[0] in second.text
    assert second.outlet == "The Northern Ledger"  # from the page when the line does not say
    assert second.url == "https://a.example/2"
    assert second.extra["reader"] == "html.v1"
    assert third.language == "ko" and third.raw == data.split(b"\n")[2]


def test_bad_lines_are_reported_and_others_kept() -> None:
    data = jsonl_bytes(ROWS[:1]) + b"{not json\n[1, 2]\n{\"url\": \"https://a.example/9\"}\n" + jsonl_bytes(ROWS[2:])
    docs = read_all(data)
    assert [d.extra.get("status") for d in docs] == [None, "failed", "failed", "skipped", None]
    assert "line 2: not valid JSON" in docs[1].extra["reason"]
    assert "line 3: expected a JSON object" in docs[2].extra["reason"]
    assert 'no "text" or "html"' in docs[3].extra["reason"]
    assert docs[1].raw == b"{not json"
    assert docs[4].locator == "line-5"


def test_blank_lines_and_crlf_are_ignored() -> None:
    data = b'{"text": "One."}\r\n\r\n{"text": "Two."}\r\n'
    docs = read_all(data)
    assert [d.text for d in docs] == ["One.", "Two."]
    assert docs[0].raw == b'{"text": "One."}' and docs[1].locator == "line-3"


def test_all_lines_bad_fails() -> None:
    with pytest.raises(Failed, match="no usable JSON Lines record"):
        jsonl.read(b"{bad\n{worse\n", ReadOptions())


def test_sniff() -> None:
    assert jsonl.sniff(jsonl_bytes(ROWS)) == 90
    assert jsonl.sniff(b'{"id": 1}\n{"id": 2}\n') == 60
    assert jsonl.sniff(b'{\n  "pretty": true\n}') == 0
    assert jsonl.sniff(b"plain text") == 0
