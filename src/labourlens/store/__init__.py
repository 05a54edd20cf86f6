"""The evidence store: SQLAlchemy Core schema, Alembic migrations, full-text search,
content-addressed originals. :func:`open_store` is the way in."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from labourlens import settings as settings_mod
from labourlens.errors import StoreError
from labourlens.settings import Settings
from labourlens.store import dialect, migrate
from labourlens.store.core import SAVE_OUTCOMES, Store

__all__ = ["SAVE_OUTCOMES", "Store", "database_url", "open_store", "originals_folder"]


def database_url(db: str) -> str:
    """A SQLAlchemy URL for ``db``: a URL is kept, a path becomes a SQLite URL."""
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def originals_folder(db: str, configured: str | None = None) -> Path:
    """Folder for original bytes: the ``originals`` setting, or ``<db name>.originals``
    beside a SQLite file, or ``./labourlens.originals`` for a server database."""
    if configured:
        return Path(configured).expanduser().resolve()
    url = sa.make_url(database_url(db))
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        return path.with_name(path.stem + ".originals")
    return Path.cwd() / "labourlens.originals"


def open_store(db: str | None = None, settings: Settings | None = None) -> Store:
    """Open (and create or upgrade to the newest schema) the evidence store at ``db``:
    a SQLite path or a SQLAlchemy URL; by default the ``db`` setting
    (``LABOURLENS_DB``, else ``labourlens.db`` in the current folder)."""
    settings = settings or settings_mod.load()
    db = db or str(settings.db)
    url = database_url(db)
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise StoreError(f"cannot create the database {db}: folder {folder} does not exist; create it first")
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
        raise StoreError(f"cannot open database {db!r} ({exc}); give a file path or a SQLAlchemy URL") from exc
    dialect.configure_engine(engine)
    try:
        migrate.upgrade(engine)
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {db}: {exc.orig}; is it a labourlens database?") from exc
    except sa.exc.OperationalError as exc:  # pragma: no cover - subclass of DatabaseError
        engine.dispose()
        raise StoreError(f"cannot open database {db}: {exc.orig}") from exc
    configured = settings.values.get("originals") or None
    return Store(engine, originals_folder(db, configured))
