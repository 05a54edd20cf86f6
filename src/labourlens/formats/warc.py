"""WARC and ARC web archives, gzipped or not, with warcio. Each HTML or plain-text
response record is one document: its URL is the WARC-Target-URI, its capture time the
WARC-Date, its raw bytes the HTTP payload, its text extracted by the html or text
reader. A truncated gzip WARC keeps the records read before the break."""

from __future__ import annotations

import io
from typing import Any

from labourlens.errors import Failed, LabourlensError, Skipped
from labourlens.formats import html as html_format
from labourlens.formats import text as text_format
from labourlens.formats.base import PartialFailure, ReadResult, guarded, looks_binary, peek_decompressed
from labourlens.model import ReadDoc, ReadOptions

NAME = "warc"
VERSION = "1"
LIBRARY = "warcio"
MEDIA_TYPES: tuple[str, ...] = ("application/warc", "application/x-arc", "application/x-internet-archive")
EXTENSIONS: tuple[str, ...] = (".warc", ".warc.gz", ".arc", ".arc.gz")
BINARY_ALLOWED = True

RECORD_TYPES = ("response", "resource")


def sniff(data: bytes) -> int:
    head = peek_decompressed(data, 64)
    if head.startswith(b"WARC/"):
        return 100
    if head.startswith(b"filedesc://"):
        return 100
    return 0


def gzip_complete(data: bytes) -> bool:
    """True when every gzip member in ``data`` ends with its trailer (not truncated)."""
    import zlib

    rest = data
    while rest:
        stream = zlib.decompressobj(wbits=31)
        try:
            while True:
                stream.decompress(rest, 1 << 20)
                if stream.eof or not stream.unconsumed_tail:
                    break
                rest = stream.unconsumed_tail
        except zlib.error:
            return False
        if not stream.eof:
            return False
        rest = stream.unused_data
        if rest.strip(b"\0") == b"":
            return True
    return True


def _content_type(record: Any) -> str:
    value = None
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    if not value:
        value = record.rec_headers.get_header("Content-Type")
    return str(value or "").lower()


def _status_ok(record: Any) -> bool:
    if record.http_headers is None:
        return True
    code = str(record.http_headers.get_statuscode() or "200")
    return code.startswith("2")


def _record_doc(payload: bytes, ctype: str, uri: str | None, date: str | None) -> ReadDoc | None:
    kind = None
    if "html" in ctype:
        kind = "html"
    elif ctype.startswith("text/plain"):
        kind = "text"
    elif not ctype or ctype.startswith("text/") or "octet-stream" in ctype:
        kind = "html" if html_format.sniff(payload) >= 60 else ("text" if ctype.startswith("text/") else None)
    if kind is None:
        return None
    try:
        if kind == "html":
            doc = html_format.extract(html_format.decode_html(payload, ctype), uri)
            doc.extra.update(reader="html.v1", library=html_format.LIBRARY)
        else:
            if looks_binary(payload):
                return None
            doc = text_format.read(payload, ReadOptions(content_type=ctype))[0]  # type: ignore[assignment]
            doc.extra.update(reader="text.v1", library=text_format.LIBRARY)
    except LabourlensError as exc:
        status = "skipped" if isinstance(exc, Skipped) else "failed"
        doc = ReadDoc(text="", media_type=ctype or "application/octet-stream", extra={"status": status,
                                                                                      "reason": exc.message})
    doc.url = uri or doc.url
    doc.captured_at = date
    doc.raw = payload
    doc.locator = uri
    return doc


def _records(data: bytes) -> tuple[ReadResult, int, str | None]:
    """Documents read, records seen and why reading stopped early (``None``: it did not)."""
    from warcio.archiveiterator import ArchiveIterator

    docs: ReadResult = []
    seen = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            seen += 1
            if record.rec_type is None:
                return docs, seen, "a record header is cut off"
            payload = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0):
                return docs, seen, "the last record is cut off"
            if record.rec_type not in RECORD_TYPES or not _status_ok(record) or not payload:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            date = record.rec_headers.get_header("WARC-Date")
            doc = _record_doc(payload, _content_type(record), uri, date)
            if doc is not None:
                docs.append(doc)
    except LabourlensError:
        raise
    except Exception as exc:  # noqa: BLE001 - truncation also shows up as zlib, EOF or warcio errors
        return docs, seen, " ".join(str(exc).split())[:100] or type(exc).__name__
    return docs, seen, None


def _gunzip(data: bytes, limit: int) -> tuple[bytes, bool] | None:
    """The gzip stream decompressed as one block (for files gzipped whole rather than
    per record) and whether it ended properly; ``None`` past ``limit`` or on bad data."""
    import zlib

    stream = zlib.decompressobj(wbits=31)
    try:
        out = stream.decompress(data, limit + 1)
    except zlib.error:
        return None
    if len(out) > limit:
        return None
    return out, stream.eof


@guarded("the WARC file")
def read(data: bytes, options: ReadOptions) -> ReadResult:
    if not data.strip():
        raise Skipped("empty file: nothing to read")
    gzipped = data[:2] == b"\x1f\x8b"
    what = "truncated gzip WARC" if gzipped else "truncated or corrupt WARC"
    docs, seen, broken = _records(data)
    if broken and "non-chunked gzip" in broken and not docs:
        whole = _gunzip(data, options.max_expanded_bytes)
        if whole is not None:
            docs, seen, broken = _records(whole[0])
            if broken is None and not whole[1]:
                broken = "the gzip stream ends early"
            gzipped = False
    if broken is None and gzipped and not gzip_complete(data):
        broken = "the gzip stream ends early"
    if broken is not None:
        if not docs:
            raise Failed(f"{what}: no record could be read ({broken}); re-download the file")
        plural = "s" if len(docs) != 1 else ""
        raise PartialFailure(
            f"{what}: kept {len(docs)} record{plural} read before the break ({broken}); re-download the file", docs
        )
    if not seen:
        raise Failed("not a WARC or ARC file: no records found; check the file")
    if not docs:
        raise Skipped("no HTML or text response records in the WARC file")
    return docs
