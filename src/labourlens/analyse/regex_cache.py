"""On-disk cache of compiled regular expressions (start-up speed).

Importing the analysis stages and the first call compile some 800 regular expressions (lexicons
turned into alternations, sentence shapes): about half a second of every process start, spent in the
pure-Python parser and compiler of :mod:`re`. What they compile to (the opcode list that
``_sre.compile`` takes, with the flags and group names) depends only on the pattern, the flags and the
Python build, so it is kept in the cache folder (:func:`labourlens.analyse.cache_files.cache_dir`)
under a name that carries the Python version and the regular-expression engine's version.

While the pipeline warms up (from :func:`start`, when :mod:`.pipeline` is imported, to :func:`finish`,
after its first call), ``re`` builds a pattern it has not compiled yet in this process from that table
when the pattern is there, and parses it as usual otherwise; :func:`finish` puts ``re`` back as it was
and stores the table when new patterns came up. The patterns are the objects ``re`` builds itself (a
Pattern compares equal to another only when their opcodes are equal; the tests check this). marshal
holds plain data only: loading it runs no code. Any problem with the file, or a Python whose ``re``
internals differ, means the patterns are compiled as without a cache.

The same file keeps what other start-up work derives from a pattern alone by parsing it again (the literal
strings a gated pattern needs, :func:`labourlens.analyse.hedges.gate_facts`): :func:`remembered` answers from
it during the warm-up, and computes (and records) what it does not hold.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from labourlens.analyse import cache_files

__all__ = ["cache_file", "finish", "remembered", "start", "stats", "warming"]

#: Bump when the stored layout changes, or what a derivation kept in it (``remembered``) gives.
CACHE_FORMAT = 3
#: Above this many patterns the file keeps only those of the last start-up (patterns built from
#: document text would otherwise pile up).
MAX_PATTERNS = 5000

Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
T = TypeVar("T")

_lock = threading.Lock()
_state: dict[str, Any] = {}
_stats: dict[str, int] = {}


def cache_file() -> Path | None:
    """Where the compiled patterns are stored, or None when the cache is off (or ``re`` is unusual)."""
    folder = cache_files.cache_dir()
    if folder is None:
        return None
    try:
        import _sre

        build = f"{CACHE_FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    except (ImportError, AttributeError):
        return None
    h = hashlib.sha256(f"{build}|{marshal.version}".encode())
    return folder / f"regex-{h.hexdigest()[:24]}.marshal"


def _internals() -> tuple[Any, Any, Any, Any] | None:
    """``re``'s compiler module, its parser, its original compile function and ``_sre.compile``; None
    when they are not as this module expects (another Python implementation or version)."""
    try:
        import _sre

        compiler = sys.modules.get("re._compiler")
        parser = sys.modules.get("re._parser")
        if compiler is None or parser is None:
            return None
        original = compiler.compile
        if not (callable(original) and callable(parser.parse) and callable(compiler._code)):
            return None
        return compiler, parser, original, _sre.compile
    except (ImportError, AttributeError):
        return None


def _entry(parser: Any, compiler: Any, pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern`` (its steps, split)."""
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]  # plain ints (opcodes are int subclasses)
    state = parsed.state
    indexgroup: list[Any] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(indexgroup)


def _read(where: Path) -> tuple[dict[tuple[str | bytes, int], Entry], dict[tuple[str, str, int], Any]]:
    """The compiled patterns and the derived facts stored at ``where`` (empty when unreadable)."""
    try:
        fmt, table, facts = marshal.loads(where.read_bytes())
        if fmt == CACHE_FORMAT and isinstance(table, dict) and isinstance(facts, dict):
            return table, facts
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}, {}


def start() -> None:
    """Compile regular expressions from the cached table until :func:`finish` (once per process)."""
    with _lock:
        if _state:
            return
        _state["done"] = True
        where = cache_file()
        found = _internals()
        if where is None or found is None:
            return
        compiler, parser, original, sre_compile = found
        probe = r"(?P<word>\b[A-Z][a-z]+(?:-[a-z]+)?)\s+(?i:said|told)\b"
        try:  # the split steps must give what re gives, else no cache
            if sre_compile(probe, *_entry(parser, compiler, probe, 0)) != original(probe, 0):
                return
        except Exception:  # noqa: BLE001 - re internals of another shape: compile as usual
            return
        table, facts = _read(where)
        used: dict[tuple[str | bytes, int], Entry] = {}
        new: list[int] = [0]
        hits: list[int] = [0]

        def cached_compile(p: Any, flags: int = 0) -> Any:
            if type(p) not in (str, bytes) or type(flags) is not int or flags & (re.DEBUG | re.LOCALE) \
                    or len(used) >= MAX_PATTERNS:  # (a process that never analyses: stop recording)
                return original(p, flags)
            key = (p, flags)
            entry = table.get(key)
            if entry is None:
                entry = _entry(parser, compiler, p, flags)
                new[0] += 1
            elif key not in used:
                hits[0] += 1
            used[key] = entry
            return sre_compile(p, *entry)

        compiler.compile = cached_compile
        _state.update(where=where, table=table, used=used, new=new, hits=hits, compiler=compiler,
                      original=original, hook=cached_compile, facts=facts, facts_used={}, facts_new=[0])


def remembered(kind: str, pattern: str, flags: int, compute: Callable[[], T]) -> T:
    """What ``compute`` derives from ``pattern`` and ``flags`` alone (``kind`` names the derivation): read from the
    cache file during the warm-up when an earlier start-up stored it, else computed (and recorded for the file).
    Outside the warm-up, or with the cache off, it is computed. The value must be plain data that marshal keeps
    (tuples, frozensets, strings, numbers)."""
    facts = _state.get("facts")
    if facts is None or len(_state["facts_used"]) >= MAX_PATTERNS:
        return compute()
    key = (kind, pattern, int(flags))  # (a RegexFlag is an int that marshal does not take)
    value = facts.get(key)
    if value is None:
        value = compute()
        _state["facts_new"][0] += 1
    _state["facts_used"][key] = value
    return value  # type: ignore[no-any-return]


def stats() -> dict[str, int]:
    """After :func:`finish`: the patterns read from the file (``read``), those of them this start-up used
    (``hits``) and those it compiled (``new``); empty when the cache was not used."""
    return dict(_stats)


def warming() -> bool:
    """True between :func:`start` and :func:`finish` while the cache is in use."""
    return "hook" in _state


def finish() -> None:
    """Put ``re`` back as it was and store the table when this start-up compiled new patterns."""
    with _lock:
        hook = _state.pop("hook", None)
        if hook is None:
            return
        compiler = _state.pop("compiler")
        if compiler.compile is hook:
            compiler.compile = _state["original"]
        where, table, used, new = _state["where"], _state["table"], _state["used"], _state["new"][0]
        facts, facts_used, facts_new = _state["facts"], _state["facts_used"], _state["facts_new"][0]
        _stats.update(read=len(table), hits=_state["hits"][0], new=new, facts_read=len(facts), facts_new=facts_new)
        _state.clear()
        _state["done"] = True
        if not new and not facts_new:
            return
        merged = {**table, **used} if len(table) + len(used) <= MAX_PATTERNS else used
        merged_facts = {**facts, **facts_used} if len(facts) + len(facts_used) <= MAX_PATTERNS else facts_used
        try:
            data = marshal.dumps((CACHE_FORMAT, merged, merged_facts))
            cache_files.write_atomically(where, lambda f: f.write(data))
            cache_files.remove_stale(where, "regex-*.marshal")  # other Python builds
        except (OSError, ValueError):
            return
