"""Zip and tar archives (plain, gzip, bzip2, xz) and single compressed files. Members
become :class:`~labourlens.model.Member` values that capture reads recursively.

Zip-bomb guard: every member is decompressed as a stream and the bytes are counted;
the archive fails as soon as the total passes ``options.max_expanded_bytes`` (headers
are checked first but never trusted alone). The member count is limited too."""

from __future__ import annotations

import io
import posixpath
import tarfile
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from labourlens.errors import Failed, Skipped
from labourlens.formats.base import ReadResult, guarded, peek_decompressed
from labourlens.model import Member, ReadDoc, ReadOptions

NAME = "archive"
VERSION = "1"
LIBRARY = "labourlens"
MEDIA_TYPES: tuple[str, ...] = (
    "application/zip",
    "application/x-zip-compressed",
    "application/x-tar",
    "application/gzip",
    "application/x-gzip",
    "application/x-bzip2",
    "application/x-xz",
)
EXTENSIONS: tuple[str, ...] = (".zip", ".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz",
                               ".gz", ".bz2", ".xz")
BINARY_ALLOWED = True

CHUNK = 1024 * 1024
_COMPRESSED = {b"\x1f\x8b": ".gz", b"BZh": ".bz2", b"\xfd7zXZ\x00": ".xz"}


def _compression(data: bytes) -> str | None:
    return next((suffix for magic, suffix in _COMPRESSED.items() if data.startswith(magic)), None)


def _is_tar(head: bytes) -> bool:
    return head[257:262] == b"ustar"


def sniff(data: bytes) -> int:
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return 95
    if _is_tar(data[:512]):
        return 95
    if _compression(data):
        head = peek_decompressed(data, 512)
        if head.startswith((b"WARC/", b"filedesc://")):
            return 0
        return 90 if _is_tar(head) else 70
    return 0


def _skip(name: str) -> bool:
    base = posixpath.basename(name.rstrip("/"))
    return not base or base.startswith(".") or name.startswith("__MACOSX/")


class _Budget:
    """Counts expanded bytes across all members; fails past the limit."""

    def __init__(self, options: ReadOptions) -> None:
        self.limit = options.max_expanded_bytes
        self.used = 0

    def fail(self) -> Failed:
        return Failed(
            f"zip bomb guard: the archive expands beyond {self.limit:,} bytes; if you trust it, "
            "raise LABOURLENS_MAX_EXPANDED_BYTES or unpack it yourself"
        )

    def check_declared(self, total: int) -> None:
        if total > self.limit:
            raise self.fail()

    def read(self, stream: IO[bytes], member_limit: int) -> bytes | None:
        """The whole member, or ``None`` when it alone is over ``member_limit``."""
        parts: list[bytes] = []
        size = 0
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            self.used += len(chunk)
            if self.used > self.limit:
                raise self.fail()
            if size > member_limit:
                return None
            parts.append(chunk)
        return b"".join(parts)


def _too_many(count: int, options: ReadOptions) -> Failed:
    return Failed(f"archive has {count:,} members, over the limit of {options.max_archive_members:,}; "
                  "raise LABOURLENS_MAX_ARCHIVE_MEMBERS or split the archive")


def _placeholder(name: str, status: str, reason: str) -> ReadDoc:
    return ReadDoc(text="", media_type="application/octet-stream", locator=name,
                   extra={"status": status, "reason": reason})


def _oversize(name: str, options: ReadOptions) -> ReadDoc:
    return _placeholder(name, "failed", f"archive member over the {options.max_bytes:,}-byte limit; "
                                        "raise LABOURLENS_MAX_BYTES to read it")


def _zip_members(data: bytes, options: ReadOptions) -> Iterator[ReadDoc | Member]:
    budget = _Budget(options)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir() and not _skip(i.filename)]
        if len(infos) > options.max_archive_members:
            raise _too_many(len(infos), options)
        budget.check_declared(sum(i.file_size for i in infos))
        for info in infos:
            if info.flag_bits & 0x1:
                yield _placeholder(info.filename, "failed", "encrypted archive member: extract it with its "
                                                            "password first")
                continue
            try:
                with archive.open(info) as stream:
                    content = budget.read(stream, options.max_bytes)
            except Failed:
                raise
            except Exception as exc:  # noqa: BLE001 - bad CRC, unsupported method, truncated data
                detail = " ".join(str(exc).split())[:80] or type(exc).__name__
                yield _placeholder(info.filename, "failed", f"damaged archive member ({detail}); re-create the "
                                                            "archive")
                continue
            yield Member(info.filename, content) if content is not None else _oversize(info.filename, options)


def _tar_members(data: bytes, options: ReadOptions) -> Iterator[ReadDoc | Member]:
    budget = _Budget(options)
    declared = 0
    count = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
        for info in archive:
            if not info.isreg() or _skip(info.name):
                continue
            count += 1
            if count > options.max_archive_members:
                raise _too_many(count, options)
            declared += info.size
            budget.check_declared(declared)
            stream = archive.extractfile(info)
            if stream is None:
                continue
            content = budget.read(stream, options.max_bytes)
            yield Member(info.name, content) if content is not None else _oversize(info.name, options)


def _single(data: bytes, options: ReadOptions, suffix: str) -> ReadResult:
    import bz2
    import gzip
    import lzma

    base = posixpath.basename((options.name or "content").split("?")[0].rstrip("/")) or "content"
    name = base[: -len(suffix)] if base.lower().endswith(suffix) else base
    budget = _Budget(options)
    try:
        buffer = io.BytesIO(data)
        opened: Any = (gzip.GzipFile(fileobj=buffer) if suffix == ".gz"
                             else bz2.BZ2File(buffer) if suffix == ".bz2" else lzma.LZMAFile(buffer))
        with opened as stream:
            content = budget.read(stream, options.max_bytes)
    except Failed:
        raise
    except Exception as exc:  # noqa: BLE001 - EOFError on truncation, OSError on bad data
        detail = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise Failed(f"damaged {suffix} file ({detail}); re-download it") from None
    if content is None:
        return [_oversize(name, options)]
    return [Member(name or "content", content)]


@guarded("the archive")
def read(data: bytes, options: ReadOptions) -> ReadResult:
    if not data:
        raise Skipped("empty file: nothing to read")
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06") or data[:2] == b"PK":
        members = list(_zip_members(data, options))
    else:
        suffix = _compression(data)
        head = peek_decompressed(data, 512) if suffix else data[:512]
        if suffix and not _is_tar(head):
            return _single(data, options, suffix)
        if not _is_tar(head):
            raise Failed("not a zip or tar archive; check the file")
        members = list(_tar_members(data, options))
    if not members:
        raise Skipped("empty archive: no files inside")
    return members
