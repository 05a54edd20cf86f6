"""Parsed YAML knowledge files kept in the cache folder: the same data as parsing, read back instead of
parsed on the next start, parsed again when the file's text changes, and skipped when the cache is off
or the data cannot be stored (dates)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from labourlens import knowledge

_TEXT = """\
verbs:
  - said
  - told
weights: {strong: 1.0, weak: 0.25}
count: 3
hedged: true
empty: null
"""


def test_cached_data_equals_parsed_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    first = knowledge._yaml("invented.yaml", _TEXT)
    assert first == yaml.safe_load(_TEXT)
    files = list(tmp_path.glob("knowledge-invented-*.marshal"))
    assert len(files) == 1

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again although the cache holds the data")

    monkeypatch.setattr(yaml, "load", no_parsing)
    second = knowledge._yaml("invented.yaml", _TEXT)
    assert second == first
    assert list(second) == list(first)  # key order kept
    assert type(second["weights"]["weak"]) is float and type(second["hedged"]) is bool


def test_edited_text_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    knowledge._yaml("invented.yaml", _TEXT)
    edited = _TEXT.replace("- told", "- added")
    assert knowledge._yaml("invented.yaml", edited)["verbs"] == ["said", "added"]
    assert len(list(tmp_path.glob("knowledge-invented-*.marshal"))) == 2  # one per text (the old goes after a day)


def test_broken_copy_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    knowledge._yaml("invented.yaml", _TEXT)
    (where,) = tmp_path.glob("knowledge-invented-*.marshal")
    where.write_bytes(b"\x00broken")
    assert knowledge._yaml("invented.yaml", _TEXT) == yaml.safe_load(_TEXT)


def test_nothing_stored_when_off_or_not_storable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", "off")
    assert knowledge._yaml("invented.yaml", _TEXT) == yaml.safe_load(_TEXT)
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    dated = knowledge._yaml("dated.yaml", "since: 2019-03-01\n")
    assert dated == {"since": datetime.date(2019, 3, 1)}
    assert not list(tmp_path.glob("knowledge-dated-*.marshal"))


def test_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    assert knowledge.cache_dir() == tmp_path
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", "")
    assert knowledge.cache_dir() is None
    monkeypatch.delenv("LABOURLENS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert knowledge.cache_dir() == tmp_path / "xdg" / "labourlens"
