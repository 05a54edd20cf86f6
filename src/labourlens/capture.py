"""Capture: input bytes plus provenance.

:func:`expand_inputs` turns command-line inputs into :class:`InputRef` values,
:func:`capture_input` reads or fetches one of them, and :func:`capture_bytes` (pure)
turns bytes into :class:`~labourlens.model.CapturedDoc` rows: id = sha256 of the
original bytes, origin, capture time (UTC), reader name and version. Bad input never
raises: it becomes a ``failed`` or ``skipped`` row with a one-line reason."""

from __future__ import annotations

import glob
import hashlib
import os
import socket
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from labourlens import formats
from labourlens.errors import FetchError, LabourlensError, ReadError
from labourlens.formats.base import PartialFailure
from labourlens.model import CapturedDoc, Member, ReadDoc, ReadOptions
from labourlens.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    import httpx

__all__ = ["InputRef", "capture_bytes", "capture_input", "expand_inputs", "fetch", "now_utc", "sha256"]

MAX_NESTING = 4  # archives inside archives inside ...
CONTAINERS = ("feed", "warc", "jsonl", "archive")
DEFAULT_FIELDS = ("published", "outlet", "language")
_GLOB_CHARS = frozenset("*?[")


@dataclass
class InputRef:
    kind: Literal["file", "url", "stdin", "missing"]
    value: str
    origin: str | None = None  # recorded as the documents' origin instead of ``value`` (uploads)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


# ---------------------------------------------------------------- inputs


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(folder: Path) -> list[InputRef]:
    files = [p for p in folder.rglob("*") if p.is_file() and not _hidden(p, folder)]
    return [InputRef("file", str(p)) for p in sorted(files)]


def expand_inputs(inputs: Sequence[str | InputRef]) -> list[InputRef]:
    """Files, folders (recursive, sorted, hidden files skipped), glob patterns, ``-``
    for standard input and http(s) URLs. A path that does not exist (or a pattern
    that matches nothing) becomes ``InputRef("missing", path)``. An :class:`InputRef`
    is kept as it is."""
    refs: list[InputRef] = []
    for item in inputs:
        if isinstance(item, InputRef):
            refs.append(item)
        elif item == "-":
            refs.append(InputRef("stdin", "-"))
        elif item.lower().startswith(("http://", "https://")):
            refs.append(InputRef("url", item))
        elif os.path.isdir(item):
            refs.extend(_walk(Path(item)))
        elif os.path.lexists(item):
            refs.append(InputRef("file", item))
        elif _GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                refs.append(InputRef("missing", item))
            for match in matches:
                if os.path.isdir(match):
                    refs.extend(_walk(Path(match)))
                elif not Path(match).name.startswith("."):
                    refs.append(InputRef("file", match))
        else:
            refs.append(InputRef("missing", item))
    return refs


# ---------------------------------------------------------------- rows


def _failed(origin: str, reason: str, status: Literal["failed", "skipped"] = "failed",
            data: bytes | None = None, parent_id: str | None = None, captured_at: str | None = None,
            reader: str = "capture.v1") -> CapturedDoc:
    ident = sha256(data) if data else sha256(f"failed:{origin}".encode())
    return CapturedDoc(id=ident, origin=origin, captured_at=captured_at or now_utc(), reader=reader,
                       reader_version=formats.library_version("labourlens"), media_type=None,
                       original=data or None, status=status, reason=reason, parent_id=parent_id)


def _status(exc: ReadError) -> Literal["failed", "skipped"]:
    return "skipped" if exc.status == "skipped" else "failed"


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _too_big(size: int, limit: int) -> str:
    return (f"file is {_megabytes(size)}, over the {_megabytes(limit)} size limit; "
            f"set LABOURLENS_MAX_BYTES higher (e.g. LABOURLENS_MAX_BYTES={size + 1}) to read it")


def _options(settings: Settings, name: str | None, content_type: str | None, budget: int) -> ReadOptions:
    return ReadOptions(
        name=name,
        content_type=content_type,
        max_bytes=int(settings.max_bytes),
        max_expanded_bytes=budget,
        max_archive_members=int(settings.max_archive_members),
    )


def _apply(row: CapturedDoc, doc: ReadDoc, defaults: Mapping[str, str | None] | None) -> None:
    row.text = doc.text
    row.title, row.author, row.outlet = doc.title, doc.author, doc.outlet
    row.published, row.language, row.url = doc.published, doc.language, doc.url
    row.extra = {k: v for k, v in doc.extra.items() if k not in ("status", "reason", "reader", "library")}
    for key in DEFAULT_FIELDS:
        if getattr(row, key) in (None, "") and defaults and defaults.get(key):
            setattr(row, key, defaults[key])


def _record_row(doc: ReadDoc, module: formats.FormatModule, origin: str, parent: CapturedDoc,
                captured_at: str, defaults: Mapping[str, str | None] | None) -> CapturedDoc:
    raw = doc.raw if doc.raw is not None else doc.text.encode("utf-8")
    if module.NAME == "warc" and doc.locator:
        record_origin = doc.locator
    else:
        record_origin = f"{origin}{'!' if module.NAME == 'archive' else '#'}{doc.locator or ''}"
    reader = str(doc.extra.get("reader") or formats.reader_name(module))
    library = str(doc.extra.get("library") or getattr(module, "LIBRARY", "labourlens"))
    status = doc.extra.get("status")
    row = CapturedDoc(
        id=sha256(raw), origin=record_origin, captured_at=doc.captured_at or captured_at, reader=reader,
        reader_version=formats.library_version(library), media_type=doc.media_type, original=raw,
        parent_id=parent.id,
    )
    if status in ("failed", "skipped"):
        row.status = status
        row.reason = str(doc.extra.get("reason") or status)
        if doc.raw is None:
            row.id = sha256(f"failed:{record_origin}".encode())
            row.original = None
        return row
    _apply(row, doc, defaults)
    if module.NAME == "warc":
        row.extra["container_origin"] = origin
    return row


def capture_bytes(data: bytes, origin: str, settings: Settings, *, name: str | None = None,
                  content_type: str | None = None, defaults: Mapping[str, str | None] | None = None,
                  captured_at: str | None = None) -> list[CapturedDoc]:
    """Read ``data`` with the format it holds and return rows with provenance. Pure:
    no files, no network, no database. Never raises for bad input."""
    return _capture(data, origin, settings, name=name, content_type=content_type, defaults=defaults,
                    captured_at=captured_at or now_utc(), parent_id=None, depth=0,
                    budget=[int(settings.max_expanded_bytes)])


def _capture(data: bytes, origin: str, settings: Settings, *, name: str | None, content_type: str | None,
             defaults: Mapping[str, str | None] | None, captured_at: str, parent_id: str | None,
             depth: int, budget: list[int]) -> list[CapturedDoc]:
    """``budget`` holds the bytes archives may still expand to, shared by the whole
    tree of nested archives (a one-element list so nested calls can spend it)."""
    if not data.strip():
        return [_failed(origin, "empty file: nothing to read", "skipped", data, parent_id, captured_at)]
    if len(data) > int(settings.max_bytes):
        reason = _too_big(len(data), int(settings.max_bytes))
        return [_failed(origin, reason, "failed", data, parent_id, captured_at)]
    try:
        module = formats.choose(data, name or origin, content_type)
    except ReadError as exc:
        return [_failed(origin, exc.message, _status(exc), data, parent_id, captured_at)]
    reader = formats.reader_name(module)
    row = CapturedDoc(
        id=sha256(data), origin=origin, captured_at=captured_at, reader=reader,
        reader_version=formats.library_version(getattr(module, "LIBRARY", "labourlens")),
        media_type=module.MEDIA_TYPES[0] if module.MEDIA_TYPES else None, original=data, parent_id=parent_id,
    )
    partial: PartialFailure | None = None
    try:
        docs = module.read(data, _options(settings, name or origin, content_type, max(budget[0], 0)))
    except PartialFailure as exc:
        docs, partial = exc.docs, exc
    except ReadError as exc:
        row.status, row.reason = _status(exc), exc.message
        return [row]
    except LabourlensError as exc:
        row.status, row.reason = "failed", exc.message
        return [row]
    except Exception as exc:  # noqa: BLE001 - a plugin reader broke its contract; record, go on
        row.status, row.reason = "failed", f"reader {reader} crashed ({type(exc).__name__}); report this bug"
        return [row]
    if module.NAME not in CONTAINERS and len(docs) == 1 and isinstance(docs[0], ReadDoc) and docs[0].raw is None:
        doc = docs[0]
        row.media_type = doc.media_type or row.media_type
        _apply(row, doc, defaults)
        return [row]
    row.container = True
    if partial is not None:
        row.status, row.reason = "failed", partial.message
    rows = [row]
    budget[0] -= sum(len(item.data) for item in docs if isinstance(item, Member))
    for item in docs:
        if isinstance(item, Member):
            member_origin = f"{origin}!{item.name}"
            if depth + 1 > MAX_NESTING:
                rows.append(_failed(member_origin, f"archive nested more than {MAX_NESTING} levels deep; "
                                                   "unpack it first", "failed", item.data, row.id, captured_at))
                continue
            rows.extend(_capture(item.data, member_origin, settings, name=item.name, content_type=None,
                                 defaults=defaults, captured_at=captured_at, parent_id=row.id, depth=depth + 1,
                                 budget=budget))
        else:
            rows.append(_record_row(item, module, origin, row, captured_at, defaults))
    return rows


# ---------------------------------------------------------------- inputs to rows


def capture_input(ref: InputRef, settings: Settings, *, defaults: Mapping[str, str | None] | None = None,
                  transport: httpx.BaseTransport | None = None, stdin: BinaryIO | None = None) -> list[CapturedDoc]:
    """Read or fetch one input and capture it. Never raises for bad input: a missing
    path, an unreadable or oversized file or a dead URL becomes a ``failed`` row."""
    limit = int(settings.max_bytes)
    if ref.kind == "missing":
        return [_failed(ref.origin or ref.value, f"no such file or folder: {ref.value}; check the path")]
    if ref.kind == "url":
        try:
            data, content_type, final_url = fetch(ref.value, settings, transport=transport)
        except FetchError as exc:
            return [_failed(ref.value, exc.message)]
        rows = capture_bytes(data, ref.value, settings, name=final_url, content_type=content_type,
                             defaults=defaults)
        if final_url != ref.value:
            for row in rows:
                if row.parent_id is None:
                    row.extra["final_url"] = final_url
        return rows
    if ref.kind == "stdin":
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = stream.read(limit + 1)
        except OSError as exc:
            return [_failed("-", f"cannot read standard input: {exc.strerror or exc}")]
        if len(data) > limit:
            return [_failed("-", _too_big(len(data), limit))]
        return capture_bytes(data, "-", settings, defaults=defaults)
    path = ref.value
    origin = ref.origin or path
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return [_failed(origin, f"no such file or folder: {path}; check the path")]
    except OSError as exc:
        return [_failed(origin, f"cannot read {path}: {exc.strerror or exc}; check its permissions")]
    if size > limit:
        return [_failed(origin, _too_big(size, limit))]
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except IsADirectoryError:
        return [_failed(origin, f"{path} is a folder; pass it as a folder input instead")]
    except OSError as exc:
        return [_failed(origin, f"cannot read {path}: {exc.strerror or exc}; check its permissions")]
    if len(data) > limit:
        return [_failed(origin, _too_big(len(data), limit))]
    return capture_bytes(data, origin, settings, name=path, defaults=defaults)


# ---------------------------------------------------------------- fetching


def _resolution_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        text = str(seen).lower()
        if any(s in text for s in ("name or service not known", "name resolution", "nodename nor servname",
                                   "getaddrinfo", "no address associated", "name does not resolve")):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def fetch(url: str, settings: Settings, transport: httpx.BaseTransport | None = None) -> tuple[bytes, str | None, str]:
    """GET ``url`` following redirects; returns (bytes, content type, final URL).
    Raises :class:`FetchError` with a reason for DNS failures, timeouts, HTTP errors
    and responses over ``settings.max_bytes``."""
    import httpx

    timeout = float(settings.fetch_timeout)
    limit = int(settings.max_bytes)
    try:
        host = httpx.URL(url).host
    except Exception:  # noqa: BLE001 - reported below as an invalid URL
        host = url
    try:
        with httpx.Client(transport=transport, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": str(settings.user_agent)}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    phrase = response.reason_phrase or ""
                    raise FetchError(f"HTTP {response.status_code} {phrase}".rstrip() +
                                     f" for {url}; check the address")
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"response is {_megabytes(int(declared))}, over the {_megabytes(limit)} "
                                     "size limit; set LABOURLENS_MAX_BYTES higher to fetch it")
                parts: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"response is over the {_megabytes(limit)} size limit; "
                                         "set LABOURLENS_MAX_BYTES higher to fetch it")
                    parts.append(chunk)
                return b"".join(parts), response.headers.get("Content-Type"), str(response.url)
    except FetchError:
        raise
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {timeout:g} s fetching {url}; try again later or raise "
                         "LABOURLENS_FETCH_TIMEOUT") from None
    except httpx.ConnectError as exc:
        if _resolution_failure(exc):
            raise FetchError(f"could not resolve host {host}; check the URL and your network") from None
        raise FetchError(f"could not connect to {host}: {' '.join(str(exc).split())[:100]}; "
                         "check the URL and your network") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL {url}: {exc}; check the address") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {url}: {' '.join(str(exc).split())[:100] or type(exc).__name__}") from None
