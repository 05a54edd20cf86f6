"""Plain text in any common encoding (UTF-8 with or without BOM, UTF-16/32 with BOM,
EUC-KR, GB18030, Windows-1252...). Encodings other than UTF-8 are detected with
charset-normalizer, never assumed."""

from __future__ import annotations

from labourlens.errors import Skipped
from labourlens.formats.base import (
    ReadResult,
    bom_encoding,
    decode_text,
    guarded,
    looks_binary,
    normalise_newlines,
)
from labourlens.model import ReadDoc, ReadOptions

NAME = "text"
VERSION = "1"
LIBRARY = "charset-normalizer"
MEDIA_TYPES: tuple[str, ...] = ("text/plain", "text/markdown")
EXTENSIONS: tuple[str, ...] = (".txt", ".text", ".md", ".markdown")
BINARY_ALLOWED = False


def sniff(data: bytes) -> int:
    """Weak evidence only: text is what is left when nothing else matches."""
    if not data:
        return 0
    if bom_encoding(data) is not None:
        return 30
    return 0 if looks_binary(data) else 20


def _charset(content_type: str | None) -> str | None:
    if not content_type or "charset=" not in content_type.lower():
        return None
    value = content_type.lower().split("charset=", 1)[1]
    return value.split(";")[0].strip().strip("\"'") or None


@guarded("the text file")
def read(data: bytes, options: ReadOptions) -> ReadResult:
    if not data.strip():
        raise Skipped("empty file: nothing to read")
    if looks_binary(data):
        raise Skipped("unsupported type: binary data, not text; convert it to text, HTML or PDF first")
    text, encoding = decode_text(data, _charset(options.content_type))
    text = normalise_newlines(text).strip()
    if not text:
        raise Skipped("empty file: nothing to read")
    # No title guess: a plain file's first line is as often an outlet name or a section
    # path as a headline; analysis (meta.detect) decides from the text.
    doc = ReadDoc(text=text, media_type="text/plain", extra={"encoding": encoding})
    return [doc]
