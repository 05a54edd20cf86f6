"""The compiled indicator lexicon stored in the cache folder matches as the freshly compiled one does,
is skipped when the cache is off, is compiled again when broken, and is never read for an edited
lexicon."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from labourlens import knowledge
from labourlens.analyse import indicator_cache, indicators

# invented sentences with indicator cues, negations and mechanism cues
_SENTENCES = [
    "The manager kept their passports in a locked drawer and the workers could not leave the compound.",
    "They were not beaten, but they worked fourteen hours a day without a day off.",
    "Workers said they had not been paid for four months and owed the broker 2,000 dollars.",
    "The guards threatened to send them home if they complained to the consulate.",
    "If they don't pay the fee, the agency keeps their identity documents.",
    "Each worker hands over 70 percent of his wages to the state as a loyalty payment.",
    "The women sleep twelve to a room and are escorted by minders whenever they go out.",
    "Nothing in the report suggests that anyone was held against their will.",
]


@pytest.fixture(autouse=True)
def _fresh_tables() -> Iterator[None]:
    indicators._compiled.cache_clear()
    yield
    indicators._compiled.cache_clear()
    knowledge.load_text.cache_clear()
    knowledge.load.cache_clear()


def _hits(tables: tuple[object, ...]) -> list[object]:
    c = tables[0]
    out = []
    for s in _SENTENCES:
        m = indicators._run(c, s, 0)  # type: ignore[arg-type]
        out.append(([(h.indicator, h.rule, h.start, h.end) for h in m.hits],
                    [(h.indicator, h.rule) for h in m.negated], m.mechanisms))
    return out


def test_stored_tables_match_as_compiled_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    first = indicators._compiled()  # compiles and stores
    stored = list(tmp_path.glob("indicators-*.marshal"))
    assert len(stored) == 1 and not list(tmp_path.glob(".indicators-*"))
    indicators._compiled.cache_clear()
    loaded = indicators._compiled()  # reads the stored copy
    assert loaded[0] is not first[0] and loaded[1] is loaded[0]
    built = indicators._build()
    assert _hits(loaded) == _hits(built) == _hits(first)
    assert any(h[0] for h in _hits(loaded))  # the sentences do have hits
    assert loaded[2:] == built[2:]
    assert [r.rule_id for r in loaded[0].rules] == [r.rule_id for r in built[0].rules]
    assert [r.other_slots for r in loaded[0].rules] == [r.other_slots for r in built[0].rules]


def test_no_file_when_the_cache_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", "off")
    assert indicator_cache.cache_file() is None
    assert _hits(indicators._compiled()) == _hits(indicators._build())


def test_broken_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    where = indicator_cache.cache_file()
    assert where is not None
    where.write_bytes(b"\x00 not a lexicon")
    tables = indicators._compiled()
    assert _hits(tables) == _hits(indicators._build())
    assert where.read_bytes() != b"\x00 not a lexicon"  # stored again


def test_edited_lexicon_gets_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path / "cache"))
    shipped = indicator_cache.cache_file()
    edited = tmp_path / "knowledge"
    edited.mkdir()
    text = knowledge.load_text("indicators.yaml")
    (edited / "indicators.yaml").write_text(text + "\n# a user's note\n", encoding="utf-8")
    monkeypatch.setenv("LABOURLENS_KNOWLEDGE_DIR", str(edited))
    knowledge.load_text.cache_clear()
    knowledge.load.cache_clear()
    assert indicator_cache.cache_file() not in (None, shipped)


def test_copies_of_other_versions_are_removed_after_a_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    old = tmp_path / "indicators-000000000000000000000000.marshal"
    recent = tmp_path / "indicators-111111111111111111111111.marshal"
    for f in (old, recent):
        f.write_bytes(b"x")
    two_days_ago = time.time() - 2 * 86_400
    os.utime(old, (two_days_ago, two_days_ago))
    indicators._compiled()
    assert not old.exists() and recent.exists()
