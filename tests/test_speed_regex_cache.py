"""The on-disk cache of compiled regular expressions gives the patterns ``re`` gives (a Pattern equals
another only when their opcodes are equal), is written when a start-up compiled new patterns and read by
the next one, puts ``re`` back after the warm-up, and is skipped when off, broken or of another format."""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest

from labourlens.analyse import regex_cache

# invented shapes like the stages': named groups, flags, lookarounds, classes, a lexicon alternation
_PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?P<role>a\s+(?:welder|cook))\b", 0),
    (r"\b(?:told|said|added)\b(?!\s+that)", re.IGNORECASE),
    (r"(?<![\w'])(?:RMB|US\$|€)\s?\d[\d,.]*", 0),
    (r"""
        (?P<num>\d+)      # digits
        \s*(?P<unit>hours?|days?)
     """, re.VERBOSE | re.IGNORECASE),
    (r"[\u3400-\u4dbf\u4e00-\u9fff]+|[^\W\d_]{3,}", 0),
    (r"^(?:Skip to|Share on)\b.*$", re.MULTILINE),
    ("|".join(["Qingdao Harbour Works", "Tumen River Fisheries", "Sinuiju Textile Cooperative"]), 0),
    (rb"\x00[\x01-\x7f]+", 0),
]


@pytest.fixture()
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh warm-up of the cache in ``tmp_path`` (the process's own one, if still running, is ended)."""
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", str(tmp_path))
    regex_cache.finish()
    saved = dict(regex_cache._state)
    regex_cache._state.clear()
    re.purge()
    yield tmp_path
    regex_cache.finish()
    regex_cache._state.clear()
    regex_cache._state.update(saved)
    re.purge()


def _compile_all() -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()  # re's own in-process cache would answer without compiling
    return [re.compile(p, f) for p, f in _PATTERNS]  # type: ignore[call-overload]


def test_entries_give_the_patterns_re_gives() -> None:
    import _sre

    found = regex_cache._internals()
    assert found is not None
    compiler, parser, original, _ = found
    for pattern, flags in _PATTERNS:
        entry = regex_cache._entry(parser, compiler, pattern, int(flags))
        stored = marshal.loads(marshal.dumps(entry))  # as read back from the file
        assert _sre.compile(pattern, *stored) == original(pattern, int(flags))
        assert _sre.compile(pattern, *stored).groupindex == re.compile(pattern, flags).groupindex


def test_written_after_new_patterns_and_read_by_the_next_start(session: Path) -> None:
    before = [p.pattern for p in _compile_all()]
    regex_cache.start()
    assert regex_cache.warming()
    first = _compile_all()
    regex_cache.finish()
    assert not regex_cache.warming()
    assert regex_cache.stats()["new"] >= len(_PATTERNS)
    files = list(session.glob("regex-*.marshal"))
    assert len(files) == 1 and not list(session.glob(".regex-*"))  # no half-written file left

    regex_cache._state.clear()  # the next process
    regex_cache.start()
    second = _compile_all()
    regex_cache.finish()
    assert regex_cache.stats()["new"] == 0 and regex_cache.stats()["hits"] >= len(_PATTERNS)
    re.purge()
    plain = [re.compile(p, f) for p, f in _PATTERNS]  # type: ignore[call-overload]
    assert first == plain and second == plain
    assert [p.pattern for p in second] == before
    m = cast("re.Pattern[str]", second[0]).match("Pak Ung, a welder")  # the cached pattern works
    assert m is not None and m.group("role") == "a welder"


def test_re_is_put_back_after_the_warm_up(session: Path) -> None:
    found = regex_cache._internals()
    assert found is not None
    compiler, _, original, _ = found
    regex_cache.start()
    assert compiler.compile is not original
    regex_cache.finish()
    assert compiler.compile is original
    regex_cache.finish()  # twice is harmless
    assert compiler.compile is original


def test_broken_file_means_compiling_as_usual(session: Path) -> None:
    where = regex_cache.cache_file()
    assert where is not None
    where.write_bytes(b"not marshal data")
    regex_cache.start()
    patterns = _compile_all()
    regex_cache.finish()
    re.purge()
    assert patterns == [re.compile(p, f) for p, f in _PATTERNS]  # type: ignore[call-overload]
    assert regex_cache.stats()["read"] == 0 and regex_cache.stats()["new"] >= len(_PATTERNS)
    assert marshal.loads(where.read_bytes())[0] == regex_cache.CACHE_FORMAT  # written again


def test_another_format_is_not_read(session: Path) -> None:
    where = regex_cache.cache_file()
    assert where is not None
    where.write_bytes(marshal.dumps((regex_cache.CACHE_FORMAT + 1, {(p, int(f)): None for p, f in _PATTERNS})))
    regex_cache.start()
    _compile_all()
    regex_cache.finish()
    assert regex_cache.stats()["read"] == 0


def test_nothing_when_the_cache_is_off(session: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURLENS_CACHE_DIR", "off")
    assert regex_cache.cache_file() is None
    regex_cache.start()
    assert not regex_cache.warming()
    assert [p.pattern for p in _compile_all()] == [p for p, _ in _PATTERNS]
    assert not list(session.iterdir())


def test_recording_stops_at_the_bound(session: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "MAX_PATTERNS", 3)  # a process that compiles patterns without analysing
    regex_cache.start()
    patterns = _compile_all()
    regex_cache.finish()
    assert regex_cache.stats()["new"] == 3
    re.purge()
    assert patterns == [re.compile(p, f) for p, f in _PATTERNS]  # type: ignore[call-overload]


def test_facts_derived_from_a_pattern_are_remembered_by_the_next_start(session: Path) -> None:
    calls: list[str] = []

    def derive(pattern: str) -> tuple[frozenset[str], ...]:
        calls.append(pattern)
        return (frozenset({pattern.lower()[:4]}),)

    assert regex_cache.remembered("probe", "Loyalty", 0, lambda: derive("Loyalty")) == (frozenset({"loya"}),)
    assert calls == ["Loyalty"]  # outside the warm-up: computed each time, nothing kept
    regex_cache.start()
    flags = re.IGNORECASE | re.MULTILINE  # a RegexFlag, which marshal does not take as it is
    first = regex_cache.remembered("probe", "Dormitory", flags, lambda: derive("Dormitory"))
    regex_cache.finish()
    assert regex_cache.stats()["facts_new"] == 1

    regex_cache._state.clear()  # the next process
    regex_cache.start()
    second = regex_cache.remembered("probe", "Dormitory", flags, lambda: derive("Dormitory"))
    other_kind = regex_cache.remembered("other", "Dormitory", flags, lambda: derive("DORM"))
    regex_cache.finish()
    assert first == second == (frozenset({"dorm"}),)
    assert other_kind == (frozenset({"dorm"}),) and calls == ["Loyalty", "Dormitory", "DORM"]
    assert regex_cache.stats()["facts_read"] == 1 and regex_cache.stats()["facts_new"] == 1


def test_a_start_up_with_another_hash_seed_compiles_nothing_new(tmp_path: Path) -> None:
    """Patterns built from a set of words must not depend on the set's order (which changes with the hash seed):
    otherwise every start-up misses the cache for them and writes the whole file again."""
    import os
    import subprocess
    import sys

    script = ("from labourlens.analyse import regex_cache\n"
              "from labourlens.analyse.pipeline import analyse\n"
              "analyse('The Harbour Courier, translated from Korean by Kim Ha-na. A source told the Dandong "
              "Evening News that 40 workers were locked in.', {'published': '2026-03-01', 'language': 'en'})\n"
              "print(regex_cache.stats().get('new', -1))\n")
    news = []
    for seed in ("11", "12"):
        env = {**os.environ, "LABOURLENS_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        news.append(int(out.stdout.split()[-1]))
    assert news[0] > 100 and news[1] == 0, news
