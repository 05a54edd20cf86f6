"""Knowledge files: lexicons, outlets, currency aliases, gazetteer aliases.

They are data (YAML, CSV, TSV) that a domain expert can edit. :func:`load` reads a
file from this package, or from ``LABOURLENS_KNOWLEDGE_DIR`` when a file of the same
name is there (a user's extended copy). Results are cached per process; nothing is
read at import time. Parsed YAML is kept in the cache folder (:func:`cache_dir`) as :mod:`marshal`
data under a name that carries a hash of the file's text, the parser and the Python version: reading it
back takes a fraction of the time of parsing (start-up speed), and an edited file is parsed again."""

from __future__ import annotations

import csv
import hashlib
import io
import marshal
import os
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from labourlens.errors import ConfigError

__all__ = ["cache_dir", "load", "load_text", "path"]

CACHE_ENV = "LABOURLENS_CACHE_DIR"
#: Bump when the stored layout of parsed YAML changes.
YAML_CACHE_FORMAT = 1


def cache_dir() -> Path | None:
    """The cache folder of the start-up caches (parsed knowledge files, the gazetteer, the indicator
    lexicon, the language model, compiled regular expressions): ``$LABOURLENS_CACHE_DIR`` (``off`` or an
    empty value turns the caches off; read here, at first use, because analysis is a pure function that
    takes no settings), else ``$XDG_CACHE_HOME/labourlens`` or ``~/.cache/labourlens``."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return Path(value).expanduser() if value.strip() and value.strip().lower() != "off" else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "labourlens"


def path(name: str) -> Path:
    override = os.environ.get("LABOURLENS_KNOWLEDGE_DIR")
    if override and (Path(override) / name).is_file():
        return Path(override) / name
    return Path(str(resources.files("labourlens.knowledge").joinpath(name)))


@cache
def load_text(name: str) -> str:
    p = path(name)
    try:
        return p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"knowledge file {name} cannot be read ({exc}); reinstall labourlens") from exc


@cache
def load(name: str) -> Any:
    """Parsed content of a knowledge file: YAML gives its data, CSV/TSV a list of dicts."""
    text = load_text(name)
    try:
        if name.endswith((".yaml", ".yml")):
            return _yaml(name, text)
        if name.endswith((".csv", ".tsv")):
            delim = "\t" if name.endswith(".tsv") else ","
            return list(csv.DictReader(io.StringIO(text), delimiter=delim))
    except (yaml.YAMLError, csv.Error) as exc:
        raise ConfigError(f"knowledge file {name} is malformed: {exc}") from exc
    return text


def _yaml_cache_file(name: str, text: str, loader: type) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"{YAML_CACHE_FORMAT}|{sys.version_info[:2]}|{marshal.version}|{yaml.__version__}|"
                       f"{loader.__name__}".encode())
    h.update(text.encode("utf-8"))
    return folder / f"knowledge-{Path(name).stem}-{h.hexdigest()[:24]}.marshal"


def _yaml(name: str, text: str) -> Any:
    """The parsed YAML ``text`` of knowledge file ``name``, from the cache folder when it was parsed
    before (plain data: loading it runs no code); stored there after parsing otherwise. Data that
    marshal cannot hold (dates), or a folder that cannot be written, is simply not cached."""
    # libyaml's safe loader when PyYAML has it: the same data, parsed about ten times faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    where = _yaml_cache_file(name, text, loader)
    if where is not None:
        try:
            fmt, data = marshal.loads(where.read_bytes())
            if fmt == YAML_CACHE_FORMAT:
                return data
        except (OSError, ValueError, EOFError, TypeError):
            pass
    data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    if where is not None:
        try:
            payload = marshal.dumps((YAML_CACHE_FORMAT, data))
            from labourlens.analyse import cache_files

            cache_files.write_atomically(where, lambda f: f.write(payload))
            cache_files.remove_stale(where, f"knowledge-{Path(name).stem}-*.marshal")  # edited copies
        except (OSError, ValueError):
            pass
    return data
