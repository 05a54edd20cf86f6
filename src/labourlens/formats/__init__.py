"""The format registry: one module per input format, one signature, one table.

Every format module exposes ``NAME``, ``VERSION``, ``LIBRARY`` (the distribution
whose version is recorded as the reader version), ``MEDIA_TYPES``, ``EXTENSIONS``,
``BINARY_ALLOWED``, ``sniff(data) -> int`` (0-100 from the bytes) and
``read(data, options) -> list[ReadDoc | Member]``, which raises only
:class:`~labourlens.errors.Failed` or :class:`~labourlens.errors.Skipped`.

Built-in formats and plugins use the same mechanism: a plugin package declares an
entry point in the group ``labourlens.formats`` pointing at its module, or a caller
passes a module to :func:`register`."""

from __future__ import annotations

import functools
import importlib.metadata
import logging
import posixpath
from collections.abc import Sequence
from typing import Protocol, cast

from labourlens.errors import ConfigError, Failed, Skipped
from labourlens.formats import archive, feed, html, jsonl, pdf, text, warc
from labourlens.formats.base import looks_binary
from labourlens.model import Member, ReadDoc, ReadOptions

__all__ = ["FORMATS", "ENTRY_POINT_GROUP", "FormatModule", "choose", "formats", "library_version", "reader_name",
           "register"]

ENTRY_POINT_GROUP = "labourlens.formats"
SNIFF_CONFIDENT = 50
log = logging.getLogger(__name__)


class FormatModule(Protocol):
    NAME: str
    VERSION: str
    LIBRARY: str
    MEDIA_TYPES: tuple[str, ...]
    EXTENSIONS: tuple[str, ...]
    BINARY_ALLOWED: bool

    def sniff(self, data: bytes) -> int: ...

    def read(self, data: bytes, options: ReadOptions) -> list[ReadDoc | Member]: ...


FORMATS: list[FormatModule] = [pdf, warc, archive, feed, html, jsonl, text]

REQUIRED = ("NAME", "VERSION", "MEDIA_TYPES", "EXTENSIONS", "sniff", "read")


def register(module: object) -> FormatModule:
    """Add a format module to :data:`FORMATS` (a module with the same ``NAME``
    is replaced, so a plugin can supersede a built-in reader)."""
    missing = [attr for attr in REQUIRED if not hasattr(module, attr)]
    if missing:
        raise ConfigError(f"format plugin {module!r} lacks {', '.join(missing)}; see labourlens.formats")
    fmt = cast(FormatModule, module)
    FORMATS[:] = [m for m in FORMATS if m.NAME != fmt.NAME]
    FORMATS.append(fmt)
    return fmt


@functools.cache
def _load_plugins() -> int:
    loaded = 0
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            register(entry.load())
            loaded += 1
        except Exception as exc:  # noqa: BLE001 - one broken plugin must not stop ingest
            log.warning("format plugin %s could not be loaded: %s", entry.name, exc)
    return loaded


def formats() -> list[FormatModule]:
    """Built-in formats plus plugins from the ``labourlens.formats`` entry points."""
    _load_plugins()
    return FORMATS


def reader_name(module: FormatModule) -> str:
    """Versioned reader name stored on every document: ``html.v1``."""
    return f"{module.NAME}.v{module.VERSION}"


@functools.cache
def library_version(library: str) -> str:
    """Installed version of the library a reader is built on (``trafilatura`` -> ``2.3.1``)."""
    if library == "labourlens":
        from labourlens import __version__

        return __version__
    try:
        return importlib.metadata.version(library)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _by_name(name: str | None, mods: Sequence[FormatModule]) -> FormatModule | None:
    if not name:
        return None
    base = posixpath.basename(name.split("?")[0].split("#")[0].replace("\\", "/").rstrip("/")).lower()
    best: tuple[int, FormatModule] | None = None
    for module in mods:
        for ext in module.EXTENSIONS:
            if base.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), module)
    return best[1] if best else None


def _by_type(content_type: str | None, mods: Sequence[FormatModule]) -> FormatModule | None:
    if not content_type:
        return None
    media = content_type.split(";")[0].strip().lower()
    return next((m for m in mods if media in m.MEDIA_TYPES), None)


def _sniff(module: FormatModule, data: bytes) -> int:
    try:
        return int(module.sniff(data))
    except Exception:  # noqa: BLE001 - a plugin's broken sniffer counts as "no opinion"
        return 0


def _checked(module: FormatModule, data: bytes, label: str) -> FormatModule:
    if looks_binary(data) and not getattr(module, "BINARY_ALLOWED", True):
        raise Failed(f"binary data, not {module.NAME.upper()}: {label} holds binary bytes that no reader "
                     "recognises; check the file")
    return module


def choose(data: bytes, name: str | None = None, content_type: str | None = None) -> FormatModule:
    """Pick the reader for ``data``: the content's bytes first (a ``.html`` file
    holding a PDF is read as PDF), then the file name's extension, then the HTTP
    content type, then plain text. Raises ``Skipped`` for empty or unknown data and
    ``Failed`` for binary junk under a text format's name."""
    if not data.strip():
        raise Skipped("empty file: nothing to read")
    mods = formats()
    score, best = 0, mods[0]
    for module in mods:
        found = _sniff(module, data)
        if found > score:
            score, best = found, module
            if found >= 100:
                break
    if score >= SNIFF_CONFIDENT:
        return best
    label = f"'{name}'" if name else "the input"
    named = _by_name(name, mods)
    if named is not None:
        return _checked(named, data, f"{label} (named as {named.NAME})")
    typed = _by_type(content_type, mods)
    if typed is not None:
        return _checked(typed, data, f"{label} (served as {content_type})")
    if score > 0:
        return best
    raise Skipped(f"unsupported type: {label} is binary data in no known format "
                  "(text, HTML, PDF, feed, WARC, JSON Lines, zip/tar)")
