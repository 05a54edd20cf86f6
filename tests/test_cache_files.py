"""The cache folder's files: written atomically (no temporary file left behind, even when writing fails)
and copies of other versions removed once nobody has written them for a day."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from labourlens.analyse import cache_files


def test_write_atomically_puts_the_file_in_place(tmp_path: Path) -> None:
    where = tmp_path / "sub" / "gazetteer-abc.marshal"
    cache_files.write_atomically(where, lambda f: f.write(b"payload"))
    assert where.read_bytes() == b"payload"
    assert [p.name for p in where.parent.iterdir()] == ["gazetteer-abc.marshal"]


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    where = tmp_path / "indicators-abc.marshal"

    def broken(f: object) -> None:
        raise ValueError("cannot serialise")

    with pytest.raises(ValueError):
        cache_files.write_atomically(where, broken)
    assert list(tmp_path.iterdir()) == []


def test_remove_stale_keeps_the_current_and_recent_copies(tmp_path: Path) -> None:
    current, recent, old, other = (tmp_path / n for n in (
        "gazetteer-new.marshal", "gazetteer-recent.marshal", "gazetteer-old.marshal", "indicators-old.marshal"))
    for p in (current, recent, old, other):
        p.write_bytes(b"x")
    two_days_ago = time.time() - 2 * cache_files.STALE_SECONDS
    for p in (current, old, other):
        os.utime(p, (two_days_ago, two_days_ago))
    cache_files.remove_stale(current, "gazetteer-*.marshal")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-new.marshal", "gazetteer-recent.marshal", "indicators-old.marshal"]
