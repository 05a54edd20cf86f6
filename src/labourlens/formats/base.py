"""Helpers shared by the format readers: text detection and decoding, the guard that
turns library exceptions into :class:`~labourlens.errors.Failed`, and
:class:`PartialFailure` for containers that broke after some records were read."""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable
from typing import TypeVar

from labourlens.errors import Failed, LabourlensError
from labourlens.model import Member, ReadDoc, ReadOptions

__all__ = [
    "PartialFailure",
    "ReadResult",
    "decode_text",
    "guarded",
    "head_text",
    "looks_binary",
    "normalise_newlines",
]

ReadResult = list[ReadDoc | Member]
ReadFn = Callable[[bytes, ReadOptions], ReadResult]
F = TypeVar("F", bound=ReadFn)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 control characters other than tab, newline, vertical tab, form feed, carriage return and escape;
# _NOT_CONTROL lists every other byte so that bytes.translate() keeps only the controls (fast, in C).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)


class PartialFailure(Failed):
    """A container broke part-way (a truncated gzip WARC): ``docs`` holds the records
    read before the break; capture keeps them and records the reason on the container."""

    def __init__(self, message: str, docs: ReadResult) -> None:
        super().__init__(message)
        self.docs = docs


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes, sample: int = 4096) -> bool:
    """True when the first bytes hold control characters that text never has
    (NUL bytes outside UTF-16/32 with a byte-order mark, other C0 controls)."""
    if bom_encoding(data) is not None:
        return False
    head = data[:sample]
    if not head:
        return False
    if b"\x00" in head:
        return True
    return len(head.translate(None, _NOT_CONTROL)) > max(2, len(head) // 100)


def head_text(data: bytes, size: int = 2048) -> str:
    """The first ``size`` bytes as lower-case text for sniffing (BOM-aware, lossy)."""
    encoding = bom_encoding(data)
    head = data[: size * 2 if encoding and encoding.startswith("utf-16") else size]
    return head.decode(encoding or "utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text and name the encoding used. Order: byte-order mark, the
    encoding the document or server declares (when it decodes cleanly), strict UTF-8,
    then charset-normalizer's detection. Raises :class:`Failed` when nothing fits."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError as exc:
            raise Failed(f"text starts with a {encoding} byte-order mark but does not decode: {exc.reason}; "
                         "re-save the file in one encoding") from None
    if declared:
        try:
            codecs.lookup(declared)
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    multibyte = best is not None and best.encoding is not None and _is_multibyte(best.encoding)
    if not multibyte and _western(data):
        return data.decode("cp1252"), "cp1252"
    if best is None or best.encoding is None:
        raise Failed("cannot tell the text encoding; convert the file to UTF-8 and ingest it again")
    return str(best), best.encoding


_TYPOGRAPHIC = frozenset("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u20ac\u2022\u00ab\u00bb"
                         "\u00b0\u00a3\u00a0\u00bf\u00a1\u00a7\u00b7\u00a9")


def _is_multibyte(encoding: str) -> bool:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(("utf", "gb", "big5", "cp949", "euc", "shift", "cp932", "iso2022", "cp950", "hz",
                            "johab", "cp936"))


def _western(data: bytes) -> bool:
    """Windows-1252, the web's legacy default, when it explains the bytes well: few
    non-ASCII bytes, all decoding to Latin letters or common typography. Short Latin
    texts are where statistical detectors pick exotic code pages (cp775, mac_iceland)."""
    try:
        decoded = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in decoded if ord(ch) > 127]
    if not high or len(high) > 0.15 * len(decoded):
        return False
    return all((ch.isalpha() and ord(ch) < 0x250) or ch in _TYPOGRAPHIC for ch in high)


def normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "")


def guarded(what: str) -> Callable[[F], F]:
    """Wrap a reader so that any library exception becomes ``Failed`` with a one-line
    reason naming ``what`` was being read; labourlens errors pass through."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(data: bytes, options: ReadOptions) -> ReadResult:
            try:
                return fn(data, options)
            except LabourlensError:
                raise
            except RecursionError:
                raise Failed(f"{what} is nested too deeply to read; it is probably broken") from None
            except Exception as exc:  # noqa: BLE001 - every library error becomes a reason
                detail = " ".join(str(exc).split())[:160] or type(exc).__name__
                raise Failed(f"could not read {what}: {detail}; check that the file is not damaged") from None

        return wrapper  # type: ignore[return-value]

    return decorate


def peek_decompressed(data: bytes, size: int = 1024) -> bytes:
    """The first ``size`` bytes of a gzip, bzip2 or xz stream (the bytes themselves
    when they are not compressed). Never raises."""
    try:
        if data[:2] == b"\x1f\x8b":
            import zlib

            return zlib.decompressobj(wbits=31).decompress(data[:65536], size)
        if data[:3] == b"BZh":
            import bz2

            return bz2.BZ2Decompressor().decompress(data[:65536], size)
        if data[:6] == b"\xfd7zXZ\x00":
            import lzma

            return lzma.LZMADecompressor().decompress(data[:65536], size)
    except Exception:  # noqa: BLE001 - a broken stream simply has nothing to peek at
        return b""
    return data[:size]
