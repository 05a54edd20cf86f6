"""JSON Lines exports, one report per line:
``{"text"|"html", "url", "title", "published", "outlet", "language"}``. Each line is one
document whose raw bytes are the line itself; a bad line is reported on its own row
and the other lines are kept."""

from __future__ import annotations

import json
from typing import Any

from labourlens.errors import Failed, LabourlensError, Skipped
from labourlens.formats import html as html_format
from labourlens.formats.base import ReadResult, guarded, looks_binary, normalise_newlines
from labourlens.model import ReadDoc, ReadOptions

NAME = "jsonl"
VERSION = "1"
LIBRARY = "labourlens"
MEDIA_TYPES: tuple[str, ...] = ("application/jsonl", "application/x-ndjson", "application/json-lines",
                                "application/jsonlines")
EXTENSIONS: tuple[str, ...] = (".jsonl", ".ndjson", ".jsonlines")
BINARY_ALLOWED = False

FIELDS = ("title", "url", "published", "outlet", "language", "author")


def sniff(data: bytes) -> int:
    if looks_binary(data):
        return 0
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1_000_000]
    if not start.startswith(b"{"):
        return 0
    first = start.split(b"\n", 1)[0]
    try:
        value = json.loads(first)
    except ValueError:
        return 0
    if not isinstance(value, dict):
        return 0
    return 90 if ("text" in value or "html" in value) else 60


def _str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _line_doc(line: bytes, number: int) -> ReadDoc:
    locator = f"line-{number}"
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as exc:
        detail = " ".join(str(exc).split())[:80]
        return _bad(line, locator, "failed", f"line {number}: not valid JSON ({detail}); fix or remove the line")
    if not isinstance(value, dict):
        return _bad(line, locator, "failed", f"line {number}: expected a JSON object; fix or remove the line")
    text_value, html_value = value.get("text"), value.get("html")
    if isinstance(text_value, str) and text_value.strip():
        doc = ReadDoc(text=normalise_newlines(text_value).strip(), media_type="text/plain")
    elif isinstance(html_value, str) and html_value.strip():
        try:
            doc = html_format.extract(html_value, _str(value.get("url")))
        except LabourlensError as exc:
            return _bad(line, locator, "skipped", f"line {number}: {exc.message}")
        doc.extra["reader"] = "html.v1"
        doc.extra["library"] = html_format.LIBRARY
    else:
        return _bad(line, locator, "skipped",
                    f"line {number}: no \"text\" or \"html\" field with content; add one or remove the line")
    for name in FIELDS:
        given = _str(value.get(name))
        if given is not None:
            setattr(doc, name, given)
    doc.raw = line
    doc.locator = locator
    return doc


def _bad(line: bytes, locator: str, status: str, reason: str) -> ReadDoc:
    return ReadDoc(text="", media_type="application/json", raw=line, locator=locator,
                   extra={"status": status, "reason": reason})


@guarded("the JSON Lines file")
def read(data: bytes, options: ReadOptions) -> ReadResult:
    if not data.strip():
        raise Skipped("empty file: nothing to read")
    if looks_binary(data):
        raise Failed("binary data, not JSON Lines: check the file")
    data = data.removeprefix(b"\xef\xbb\xbf")
    docs: ReadResult = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        line = line.rstrip(b"\r")
        if line.strip():
            docs.append(_line_doc(line, number))
    if not any(isinstance(d, ReadDoc) and "status" not in d.extra for d in docs):
        first = next((d.extra.get("reason") for d in docs if isinstance(d, ReadDoc)), "no lines")
        raise Failed(f"no usable JSON Lines record ({first})")
    return docs
