"""The registry: choosing a reader from bytes, name and content type; plugins."""

from __future__ import annotations

import importlib.metadata
import types
from collections.abc import Iterator

import pytest

from labourlens import formats
from labourlens.errors import ConfigError, Failed, Skipped
from labourlens.model import ReadDoc, ReadOptions
from test_formats_helpers import (
    RSS,
    arc_bytes,
    article_html,
    jsonl_bytes,
    make_pdf,
    tar_bytes,
    warc_bytes,
    zip_bytes,
)


@pytest.fixture
def restore_formats() -> Iterator[None]:
    saved = list(formats.FORMATS)
    yield
    formats.FORMATS[:] = saved
    formats._load_plugins.cache_clear()


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (article_html().encode(), "page.html", "html"),
        (make_pdf(), "report.pdf", "pdf"),
        (make_pdf(), "actually-a-pdf.html", "pdf"),  # content first
        (RSS.encode(), "feed.txt", "feed"),
        (warc_bytes([("https://x.example/", "text/html", b"<p>x</p>")], gz=True), "crawl.bin", "warc"),
        (arc_bytes([("http://x.example/", "text/html", b"<p>x</p>")]), None, "warc"),
        (jsonl_bytes([{"text": "x"}]), "export.txt", "jsonl"),
        (zip_bytes({"a.txt": b"a"}), "bundle.dat", "archive"),
        (tar_bytes({"a.txt": b"a"}, "w:xz"), None, "archive"),
        (b"Just plain prose about wages.", "notes.txt", "text"),
        (b"Just plain prose about wages.", None, "text"),
        (b"Plain prose, no tags at all.", "story.html", "html"),  # name beats weak text evidence
        (b"not really xml", "feed.rss", "feed"),  # so the feed reader can say it is not XML
    ],
)
def test_choose(data: bytes, name: str | None, expected: str) -> None:
    assert formats.choose(data, name, None).NAME == expected


def test_content_type_is_used_after_name() -> None:
    assert formats.choose(b"bare words", "https://x.example/item", "application/rss+xml; charset=utf-8").NAME == "feed"
    assert formats.choose(b"bare words", "page.txt", "application/rss+xml").NAME == "text"


def test_binary_junk_named_html_fails_clearly() -> None:
    with pytest.raises(Failed, match="binary data, not HTML"):
        formats.choose(bytes(range(256)) * 8, "junk.html", None)


def test_binary_junk_served_as_html_fails() -> None:
    with pytest.raises(Failed, match="served as text/html"):
        formats.choose(bytes(range(256)) * 8, "https://x.example/a", "text/html")


def test_unknown_binary_is_unsupported() -> None:
    with pytest.raises(Skipped, match="unsupported type"):
        formats.choose(bytes(range(256)) * 8, "image.bmp", "image/bmp")


def test_empty_is_skipped() -> None:
    with pytest.raises(Skipped, match="empty"):
        formats.choose(b" \n", "a.txt", None)


def test_reader_name_and_library_version() -> None:
    assert formats.reader_name(formats.html) == "html.v1"
    assert formats.library_version("trafilatura") == importlib.metadata.version("trafilatura")
    assert formats.library_version("no-such-library-xyz") == "unknown"


def test_every_builtin_follows_the_contract() -> None:
    names = [m.NAME for m in formats.FORMATS]
    assert sorted(names) == ["archive", "feed", "html", "jsonl", "pdf", "text", "warc"]
    for module in formats.FORMATS:
        assert module.VERSION == "1"
        assert module.MEDIA_TYPES and module.EXTENSIONS
        assert all(ext.startswith(".") for ext in module.EXTENSIONS)
        assert callable(module.sniff) and callable(module.read)


def _plugin(name: str, magic: bytes) -> types.ModuleType:
    module = types.ModuleType(f"plugin_{name}")
    module.NAME, module.VERSION, module.LIBRARY = name, "2", "labourlens"  # type: ignore[attr-defined]
    module.MEDIA_TYPES, module.EXTENSIONS = ("application/x-memo",), (".memo",)  # type: ignore[attr-defined]
    module.BINARY_ALLOWED = True  # type: ignore[attr-defined]
    module.sniff = lambda data: 100 if data.startswith(magic) else 0  # type: ignore[attr-defined]
    module.read = lambda data, options: [ReadDoc(text=data[len(magic):].decode(),  # type: ignore[attr-defined]
                                                 media_type="application/x-memo")]
    return module


def test_register_adds_and_replaces(restore_formats: None) -> None:
    memo = formats.register(_plugin("memo", b"MEMO1"))
    assert formats.choose(b"MEMO1 hello", None, None) is memo
    assert formats.reader_name(memo) == "memo.v2"
    newer = formats.register(_plugin("memo", b"MEMO2"))
    assert [m.NAME for m in formats.FORMATS].count("memo") == 1
    assert formats.choose(b"MEMO2 hi", None, None) is newer


def test_register_rejects_incomplete_module(restore_formats: None) -> None:
    with pytest.raises(ConfigError, match="lacks"):
        formats.register(types.ModuleType("empty_plugin"))


def test_entry_point_plugins_are_loaded(restore_formats: None, monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = _plugin("memo", b"MEMO1")

    class FakeEntryPoint:
        name = "memo"

        def load(self) -> types.ModuleType:
            return plugin

    class BrokenEntryPoint:
        name = "broken"

        def load(self) -> types.ModuleType:
            raise ImportError("missing dependency")

    def fake_entry_points(group: str) -> list[object]:
        assert group == formats.ENTRY_POINT_GROUP
        return [FakeEntryPoint(), BrokenEntryPoint()]

    monkeypatch.setattr(importlib.metadata, "entry_points", fake_entry_points)
    formats._load_plugins.cache_clear()
    assert plugin in formats.formats()
    assert formats.choose(b"MEMO1 via entry point", None, None) is plugin
    docs = formats.choose(b"MEMO1 abc", None, None).read(b"MEMO1 abc", ReadOptions())
    assert isinstance(docs[0], ReadDoc) and docs[0].text == " abc"
