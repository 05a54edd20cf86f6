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


def test_parsed_once_parses_a_text_once_and_reads_it_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    calls: list[str] = []

    def parse(text: str) -> tuple[object, ...]:
        calls.append(text)
        rows = [line.split("\t") for line in text.splitlines()]
        return tuple(r[0] for r in rows), {r[0]: float(r[1]) for r in rows}, frozenset({"the", "of"})

    text = "debt\t1.5\npassport\t2.25\n"
    first = cache_files.parsed_once("probe-model", text, parse)
    second = cache_files.parsed_once("probe-model", text, parse)
    assert first == second == (("debt", "passport"), {"debt": 1.5, "passport": 2.25}, frozenset({"the", "of"}))
    assert calls == [text]  # the second answer came from the file
    assert len(list(tmp_path.glob("probe-model-*.marshal"))) == 1
    edited = cache_files.parsed_once("probe-model", text + "wage\t0.5\n", parse)
    assert edited[0] == ("debt", "passport", "wage") and len(calls) == 2  # another text: parsed again
    assert cache_files.parsed_once("probe-model", text, parse, version=2) == first and len(calls) == 3


def test_parsed_once_without_a_cache_or_with_a_broken_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", "off")
    assert cache_files.parsed_once("probe-model", "a\t1\n", lambda t: t.upper()) == "A\t1\n"
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    cache_files.parsed_once("probe-model", "a\t1\n", lambda t: t.upper())
    (only,) = tmp_path.glob("probe-model-*.marshal")
    only.write_bytes(b"\x00broken")
    assert cache_files.parsed_once("probe-model", "a\t1\n", lambda t: t.upper()) == "A\t1\n"
    assert cache_files.parsed_once("probe-model", "b\n", lambda t: object()) is not None  # not marshal data: no file
