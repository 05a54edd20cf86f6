"""One settings table. Each setting has a name, a default and help text; the
environment variable ``LABOURLENS_<NAME>`` overrides the default. Settings are read
once, when :func:`load` is called, never at import time, and passed down as one
:class:`Settings` object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ENV_PREFIX = "LABOURLENS_"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "labourlens.db", "Database: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...)."),
    Setting("originals", "", "Folder for original bytes; empty means <db name>.originals beside a SQLite database."),
    Setting("max_bytes", 50 * 1024 * 1024, "Largest input file accepted, in bytes (default 50 MB)."),
    Setting("max_expanded_bytes", 500 * 1024 * 1024, "Largest total size an archive may expand to (zip-bomb guard)."),
    Setting("max_archive_members", 10_000, "Most members read from one zip or tar archive."),
    Setting("fetch_timeout", 20.0, "Seconds before fetching a URL gives up."),
    Setting("user_agent", "labourlens/0.1 (+evidence research tool)", "User-Agent sent when fetching URLs."),
    Setting("workers", 1, "Processes used to read and analyse documents during ingest."),
    Setting("minhash_perm", 128, "MinHash permutations for near-duplicate detection."),
    Setting("dup_threshold", 0.5, "Estimated Jaccard similarity of shingles above which two documents are copies."),
    Setting("shingle_size", 5, "Words per shingle for near-duplicate detection."),
    Setting(
        "containment_threshold",
        0.35,
        "Share of the shorter document's shingles found in the longer one above which it is a copy "
        "(cut-off versions, long quotes).",
    ),
    Setting("containment_min_shingles", 40, "Fewest shared shingles for a containment copy (about a paragraph)."),
    Setting("sketch_mod", 8, "Containment sketch keeps shingles whose hash is 0 modulo this (1 keeps all)."),
    Setting("sketch_min_shared", 2, "Sketch hashes two documents must share to be compared as possible copies."),
    Setting("sketch_max_df", 500, "Sketch hashes found in more documents than this are ignored (common phrases)."),
    Setting("lsh_bands", 0, "MinHash LSH bands (0: chosen from dup_threshold and minhash_perm)."),
    Setting("percent_tolerance", 10.0, "Percentage points by which two reports of one percentage may differ."),
    Setting("money_tolerance", 0.25, "Relative difference allowed between two reports of one money amount."),
    Setting("count_factor", 2.0, "Factor by which two reports of one worker count may differ."),
    Setting("corroboration_days", 366, "Days apart two claims' event times may be and still report the same thing."),
    Setting("cache_dir", "~/.cache/labourlens", "Folder where the built gazetteer is cached between runs (rebuilt "
            "whenever the knowledge files change); off disables the cache. Read when the first document is analysed."),
    Setting("session_secret", "", "Key that signs the web app's session cookies (16+ characters; the same on every "
            "server of one deployment). Empty: a random key kept in <originals>/.session-key, so restarts keep "
            "users logged in."),
)


def _coerce(value: str, default: Any) -> Any:
    if isinstance(default, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(value)
    if isinstance(default, float):
        return float(value)
    return value


@dataclass(frozen=True)
class Settings:
    values: Mapping[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        values = object.__getattribute__(self, "values")
        if name in values:
            return values[name]
        raise AttributeError(name)

    def replace(self, **changes: Any) -> Settings:
        unknown = set(changes) - {s.name for s in SETTINGS}
        if unknown:
            raise KeyError(f"unknown settings: {sorted(unknown)}")
        merged = dict(self.values)
        merged.update({k: v for k, v in changes.items() if v is not None})
        return Settings(merged)


def load(environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``LABOURLENS_*`` environment variables, then explicit overrides."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for s in SETTINGS:
        raw = env.get(ENV_PREFIX + s.name.upper())
        values[s.name] = _coerce(raw, s.default) if raw is not None else s.default
    for k, v in overrides.items():
        if v is not None:
            values[k] = v
    return Settings(values)
