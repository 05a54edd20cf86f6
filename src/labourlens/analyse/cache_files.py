"""Files in the cache folder (:func:`cache_dir`) that start-up builds once:
written atomically, so that concurrent workers never read half a file, and copies of other versions
removed once nobody has written them for a day. Used by the gazetteer, the indicator lexicon, the
language model, the compiled regular expressions and the indicator word model (:func:`parsed_once`)."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from labourlens import knowledge

__all__ = ["CACHE_ENV", "STALE_SECONDS", "cache_dir", "parsed_once", "write_atomically", "remove_stale"]

STALE_SECONDS = 86_400
CACHE_ENV = knowledge.CACHE_ENV


def cache_dir() -> Path | None:
    """The cache folder (see :func:`labourlens.knowledge.cache_dir`)."""
    return knowledge.cache_dir()


def write_atomically(where: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``where`` through ``write`` into a temporary file beside it, then put it in place.
    Raises OSError when the folder cannot be written (callers skip the cache then)."""
    where.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{where.name.split('-')[0]}-", dir=where.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, where)
    except BaseException:
        os.unlink(tmp)
        raise


def remove_stale(where: Path, pattern: str) -> None:
    """Remove the files beside ``where`` matching ``pattern`` ("gazetteer-*.marshal") that are not
    ``where`` and were not written for a day: builds of other versions or of edited knowledge files."""
    for stale in where.parent.glob(pattern):
        if stale != where and time.time() - stale.stat().st_mtime > STALE_SECONDS:
            stale.unlink(missing_ok=True)


def parsed_once(kind: str, text: str, parse: Callable[[str], Any], version: int = 1) -> Any:
    """``parse(text)``, kept in the cache folder as marshal data under a name that carries ``kind`` and a hash of
    ``text``, ``version`` (bump it when ``parse`` changes what it returns) and the Python version: later start-ups read
    it instead of parsing again. What ``parse`` returns must be plain data (tuples, lists, dicts, sets, strings,
    numbers); data marshal cannot hold, an unreadable file or a folder that cannot be written means parsing as without
    a cache."""
    folder = cache_dir()
    if folder is None:
        return parse(text)
    h = hashlib.sha256(f"{kind}|{version}|{sys.version_info[:2]}|{marshal.version}".encode())
    h.update(text.encode("utf-8"))
    where = folder / f"{kind}-{h.hexdigest()[:24]}.marshal"
    try:
        return marshal.loads(where.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = parse(text)
    try:
        payload = marshal.dumps(data)
        write_atomically(where, lambda f: f.write(payload))
        remove_stale(where, f"{kind}-*.marshal")  # copies for other texts or versions
    except (OSError, ValueError):
        pass
    return data
