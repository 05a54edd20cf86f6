"""labourlens: turn reports about forced labour into evidence people can cite."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "open"]

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.model import Analysis
    from labourlens.store import Store


def analyse(text: str, meta: dict[str, Any] | None = None) -> Analysis:
    """Analyse one report's text (see :mod:`labourlens.analyse.pipeline`)."""
    from labourlens.analyse.pipeline import analyse as _analyse

    return _analyse(text, meta)


def open(db: str | None = None) -> Store:  # noqa: A001 - mirrors sqlite_utils.Database
    """Open an evidence store (SQLite path or database URL) for notebooks and scripts."""
    from labourlens.store import open_store

    return open_store(db)
