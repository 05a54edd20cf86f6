"""Property: every reader, given arbitrary bytes, returns a list or raises a
labourlens error, never anything else. Also for choose() followed by read()."""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labourlens import formats
from labourlens.capture import capture_bytes
from labourlens.errors import LabourlensError
from labourlens.model import Member, ReadDoc, ReadOptions
from labourlens.settings import load
from test_formats_helpers import (
    ATOM,
    RSS,
    arc_bytes,
    article_html,
    gzip_bytes,
    jsonl_bytes,
    make_pdf,
    tar_bytes,
    warc_bytes,
    zip_bytes,
)

OPTIONS = ReadOptions(max_bytes=1_000_000, max_expanded_bytes=2_000_000, max_archive_members=50)
READERS = [formats.archive, formats.feed, formats.html, formats.jsonl, formats.pdf, formats.text, formats.warc]


@functools.cache
def seeds() -> list[bytes]:
    page = article_html().encode()
    return [
        page,
        make_pdf(),
        RSS.encode(),
        ATOM.encode(),
        warc_bytes([("https://x.example/", "text/html", page)], gz=True),
        warc_bytes([("https://x.example/", "text/plain", b"words")], gz=False),
        arc_bytes([("http://x.example/", "text/html", page)]),
        jsonl_bytes([{"text": "a"}, {"html": "<p>b</p>"}]),
        zip_bytes({"a.html": page, "b.txt": b"text"}),
        tar_bytes({"a.txt": b"text"}, "w:gz"),
        gzip_bytes(b"compressed words"),
    ]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid file of some format, cut, with bytes flipped or spliced in."""
    data = bytearray(draw(st.sampled_from(seeds())))
    cut = draw(st.integers(min_value=0, max_value=len(data)))
    data = data[:cut] if draw(st.booleans()) else data
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        if not data:
            break
        pos = draw(st.integers(min_value=0, max_value=len(data) - 1))
        data[pos] = draw(st.integers(min_value=0, max_value=255))
    data[len(data) // 2:len(data) // 2] = draw(st.binary(max_size=16))
    return bytes(data)


INPUTS = st.one_of(st.binary(max_size=2048), mutated(), st.text(max_size=500).map(lambda s: s.encode("utf-8")))


def _check(result: object) -> None:
    assert isinstance(result, list)
    assert all(isinstance(item, ReadDoc | Member) for item in result)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=INPUTS)
def test_every_reader_returns_a_list_or_raises_a_labourlens_error(data: bytes) -> None:
    for reader in READERS:
        try:
            result = reader.read(data, OPTIONS)
        except LabourlensError:
            continue
        _check(result)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=INPUTS, name=st.sampled_from([None, "a.html", "a.pdf", "a.xml", "a.warc.gz", "a.jsonl", "a.zip", "a.txt"]))
def test_choose_then_read(data: bytes, name: str | None) -> None:
    try:
        module = formats.choose(data, name, None)
        result = module.read(data, OPTIONS)
    except LabourlensError:
        return
    _check(result)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=INPUTS)
def test_capture_bytes_never_raises(data: bytes) -> None:
    rows = capture_bytes(data, "input", load(environ={}, max_expanded_bytes=2_000_000))
    assert rows
    for row in rows:
        assert row.status in {"ok", "failed", "skipped"}
        assert (row.status == "ok") == (row.reason is None)
        assert len(row.id) == 64
