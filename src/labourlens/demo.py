"""The demo: the bundled sample reports ingested into a fresh database, and the
commands worth trying on it. The ``demo`` command renders what :func:`run` returns."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labourlens.errors import UsageError
from labourlens.settings import Settings


def find_samples() -> Path | None:
    """The repository's ``samples/`` folder (editable install), else ``./samples``."""
    for candidate in (Path(__file__).resolve().parents[2] / "samples", Path.cwd() / "samples"):
        if candidate.is_dir():
            return candidate
    return None


def demo_inputs(samples: Path) -> list[str]:
    """The sample reports: files at the top of ``samples/`` (not its README or the
    ``src/`` material the samples are built from)."""
    return [
        str(p) for p in sorted(samples.iterdir())
        if p.is_file() and not p.name.startswith(".") and not p.name.lower().startswith("readme")
    ]


def fresh_database(folder: Path) -> Path:
    """``folder/labourlens.db`` with any earlier demo database and its originals removed."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "labourlens.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.rmtree(folder / "labourlens.originals", ignore_errors=True)
    return db


@dataclass
class DemoResult:
    """What the demo did: the database, the ingest report, the store's status and
    the commands to try next."""

    db: Path
    samples: Path
    report: Any
    status: dict[str, Any]
    next_steps: list[str] = field(default_factory=list)


def next_steps(db: Path, status: dict[str, Any], top_doc: str | None) -> list[str]:
    """Commands worth trying on the demo database, filled in with what it holds."""
    hint = f"--db {db}"
    indicators = status.get("indicators") or {}
    top_indicator = max(indicators, key=lambda k: indicators[k], default="withholding_of_wages")
    return [
        f"labourlens {hint} status",
        f"labourlens {hint} search passports",
        f"labourlens {hint} claims --indicator {top_indicator}",
        f"labourlens {hint} claims --country CN --hedged",
        f"labourlens {hint} sources --kind anonymous_source",
        f"labourlens {hint} show {top_doc[:8] if top_doc else '<document id prefix>'}",
        f"labourlens {hint} export --format csv --what claims -o claims.csv",
        f"labourlens {hint} serve",
    ]


def run(folder: Path, settings: Settings, progress: bool = True) -> DemoResult:
    """Ingest the sample reports into a fresh database in ``folder``."""
    from labourlens.ingest import ingest as run_ingest
    from labourlens.store import open_store

    samples = find_samples()
    if samples is None:
        raise UsageError("cannot find the samples/ folder; run the demo from the labourlens repository")
    db = fresh_database(folder)
    with open_store(str(db), settings) as store:
        report = run_ingest(demo_inputs(samples), store, settings)
        status = store.status()
        claims_by_doc: dict[str, int] = {}
        for c in store.claims():
            claims_by_doc[c["doc_id"]] = claims_by_doc.get(c["doc_id"], 0) + 1
    top_doc = max(claims_by_doc, key=lambda k: claims_by_doc[k], default=None)
    return DemoResult(db, samples, report, status, next_steps(db, status, top_doc))
