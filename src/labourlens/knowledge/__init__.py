"""Knowledge files: lexicons, outlets, currency aliases, gazetteer aliases.

They are data (YAML, CSV, TSV) that a domain expert can edit. :func:`load` reads a
file from this package, or from ``LABOURLENS_KNOWLEDGE_DIR`` when a file of the same
name is there (a user's extended copy). Results are cached per process; nothing is
read at import time."""

from __future__ import annotations

import csv
import io
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from labourlens.errors import ConfigError

__all__ = ["load", "load_text", "path"]


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
            # libyaml's safe loader when PyYAML has it: the same data, parsed about ten times faster
            return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
        if name.endswith((".csv", ".tsv")):
            delim = "\t" if name.endswith(".tsv") else ","
            return list(csv.DictReader(io.StringIO(text), delimiter=delim))
    except (yaml.YAMLError, csv.Error) as exc:
        raise ConfigError(f"knowledge file {name} is malformed: {exc}") from exc
    return text
