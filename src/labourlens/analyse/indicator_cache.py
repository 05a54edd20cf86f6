"""On-disk cache of the compiled indicator lexicon (start-up speed).

Compiling ``knowledge/indicators.yaml`` into the matching engine's tables (:mod:`.indicators`) takes
about half a second of every process start; reading the tables back with :mod:`marshal` takes a few
hundredths. The file lives in the gazetteer's cache folder (:func:`labourlens.analyse.gazetteer.cache_dir`:
``$LABOURLENS_CACHE_DIR``, ``off`` turns it off) under a name that carries a hash of everything the
tables are built from (the knowledge file, the code of the modules that compile it, the Python
version), so an edited lexicon or a new labourlens version never reads a stale copy. marshal holds
plain data only: loading it runs no code. Any problem with the file means the lexicon is compiled
again, as without a cache.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from labourlens import knowledge
from labourlens.analyse import cache_files

__all__ = ["cache_file", "cached"]

#: Bump when the stored layout changes.
CACHE_FORMAT = 1
_SOURCES = ("indicators.py", "indicator_syntax.py", "indicator_anchor.py", "indicator_cache.py")
_RUNTIME_ONLY = frozenset({"token_cache", "pair_cache", "part_seqs", "slot_index"})  # memos, filled as they are used


def cache_file() -> Path | None:
    """Where the compiled lexicon is stored, or None when the cache is off (or a source is unreadable)."""
    from labourlens.analyse.gazetteer import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"{CACHE_FORMAT}|{sys.version_info[:2]}|{marshal.version}".encode())
    h.update(knowledge.load_text("indicators.yaml").encode("utf-8"))
    here = Path(__file__).resolve().parent
    try:
        for name in _SOURCES:
            h.update((here / name).read_bytes())
    except OSError:
        return None
    return folder / f"indicators-{h.hexdigest()[:24]}.marshal"


def _fields(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj) if f.name not in _RUNTIME_ONLY}


def _dump(result: tuple[Any, ...]) -> bytes:
    compiled, mech, counter, topic, domain = result
    if mech is not compiled:
        raise ValueError("indicator and mechanism tables differ: nothing to store")
    fields = _fields(compiled)
    fields["rules"] = [_fields(r) for r in compiled.rules]
    fields["rules_by_alt"] = dict(compiled.rules_by_alt)
    return marshal.dumps((CACHE_FORMAT, fields, counter, topic, domain))


def _load(data: bytes, compiled_type: type, rule_type: type) -> tuple[Any, ...] | None:
    fmt, fields, counter, topic, domain = marshal.loads(data)
    if fmt != CACHE_FORMAT:
        return None
    rules = []
    for rf in fields.pop("rules"):
        required = [f.name for f in dataclasses.fields(rule_type)
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
        rule = rule_type(*(rf[name] for name in required))
        for name, value in rf.items():  # the stored values, not those __post_init__ derives again
            setattr(rule, name, value)
        rules.append(rule)
    compiled = compiled_type(**fields)
    compiled.rules = rules
    return compiled, compiled, counter, topic, domain


def cached(build: Callable[[], tuple[Any, ...]], compiled_type: type, rule_type: type) -> tuple[Any, ...]:
    """``build()``, or what an earlier process stored of it (then stored for the next ones)."""
    where = cache_file()
    if where is not None:
        try:
            got = _load(where.read_bytes(), compiled_type, rule_type)
            if got is not None:
                return got
        except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
            pass  # no copy yet, or an unreadable one: compile and store it again
    result = build()
    if where is not None:
        _store(where, result)
    return result


def _store(where: Path, result: tuple[Any, ...]) -> None:
    """Write atomically (concurrent workers never read half a file); a folder that cannot be written
    is skipped (the next process compiles again)."""
    try:
        payload = _dump(result)
        cache_files.write_atomically(where, lambda f: f.write(payload))
        cache_files.remove_stale(where, "indicators-*.marshal")  # other lexicon versions
    except (OSError, ValueError):
        return
