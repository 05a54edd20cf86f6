"""Zip and tar archives: members, nesting input, limits and the zip-bomb guard."""

from __future__ import annotations

import bz2
import lzma

import pytest

from labourlens.errors import Failed, Skipped
from labourlens.formats import archive
from labourlens.model import Member, ReadDoc, ReadOptions
from test_formats_helpers import gzip_bytes, tar_bytes, zip_bomb, zip_bytes

FILES = {"reports/a.txt": b"Workers in Hunchun.", "reports/b.html": b"<html><body><p>Doha</p></body></html>"}


def members(data: bytes, **kw: object) -> list[Member | ReadDoc]:
    return archive.read(data, ReadOptions(**kw))  # type: ignore[arg-type]


def test_zip_members() -> None:
    out = members(zip_bytes({**FILES, ".hidden": b"x", "__MACOSX/._a.txt": b"y", "empty/": b""}))
    assert [(m.name, m.data) for m in out if isinstance(m, Member)] == list(FILES.items())
    assert len(out) == 2


@pytest.mark.parametrize("mode", ["w", "w:gz", "w:bz2", "w:xz"])
def test_tar_members_any_compression(mode: str) -> None:
    out = members(tar_bytes(FILES, mode))
    assert [(m.name, m.data) for m in out if isinstance(m, Member)] == list(FILES.items())


@pytest.mark.parametrize(("compress", "suffix"), [(gzip_bytes, ".gz"), (bz2.compress, ".bz2"), (lzma.compress, ".xz")])
def test_single_compressed_file_becomes_one_member(compress: object, suffix: str) -> None:
    (member,) = members(compress(b"Plain report text."), name=f"dir/report.txt{suffix}")  # type: ignore[operator]
    assert isinstance(member, Member)
    assert member.name == "report.txt" and member.data == b"Plain report text."


def test_nested_archive_is_a_member_for_capture_to_open() -> None:
    inner = zip_bytes({"inner.txt": b"Inner text."})
    (member,) = members(tar_bytes({"inner.zip": inner}))
    assert isinstance(member, Member) and member.data == inner


def test_zip_bomb_is_stopped_while_streaming() -> None:
    bomb = zip_bomb(256 * 1024 * 1024)
    assert len(bomb) < 1_000_000
    with pytest.raises(Failed, match="zip bomb"):
        members(bomb, max_expanded_bytes=8 * 1024 * 1024)


def test_lying_zip_header_is_caught_by_counting(monkeypatch: pytest.MonkeyPatch) -> None:
    data = zip_bytes({"big.txt": b"a" * 3_000_000})
    monkeypatch.setattr(archive._Budget, "check_declared", lambda self, total: None)  # trust nothing declared
    with pytest.raises(Failed, match="zip bomb"):
        members(data, max_expanded_bytes=1_000_000)


def test_tar_bomb() -> None:
    data = tar_bytes({"zeros.txt": bytes(5_000_000)}, "w:gz")
    with pytest.raises(Failed, match="zip bomb"):
        members(data, max_expanded_bytes=1_000_000)


def test_member_count_limit() -> None:
    data = zip_bytes({f"m{i}.txt": b"x" for i in range(6)})
    with pytest.raises(Failed, match="6 members, over the limit of 5"):
        members(data, max_archive_members=5)


def test_member_over_size_limit_is_a_failed_placeholder() -> None:
    out = members(zip_bytes({"small.txt": b"ok", "big.txt": b"b" * 5000}), max_bytes=1000)
    small, big = out
    assert isinstance(small, Member)
    assert isinstance(big, ReadDoc) and big.extra["status"] == "failed" and big.locator == "big.txt"


def test_empty_archive_is_skipped() -> None:
    with pytest.raises(Skipped, match="empty archive"):
        members(zip_bytes({}))


def test_broken_zip_fails() -> None:
    with pytest.raises(Failed):
        members(zip_bytes(FILES)[:60])


def test_sniff() -> None:
    assert archive.sniff(zip_bytes(FILES)) >= 90
    assert archive.sniff(tar_bytes(FILES, "w")) >= 90
    assert archive.sniff(tar_bytes(FILES, "w:gz")) >= 90
    assert 50 <= archive.sniff(gzip_bytes(b"hello")) < 90
    assert archive.sniff(b"plain") == 0
