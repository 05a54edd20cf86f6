"""Run the Alembic migrations programmatically: :func:`upgrade` brings a database to
the newest schema. :func:`labourlens.store.open_store` calls it on every open, and it
costs one query when the database is already current."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def heads() -> tuple[str, ...]:
    """The newest revision(s) the package ships."""
    return tuple(ScriptDirectory.from_config(_config()).get_heads())


def current(conn: sa.Connection) -> tuple[str, ...]:
    return tuple(MigrationContext.configure(conn).get_current_heads())


def upgrade(engine: sa.Engine, revision: str = "heads") -> None:
    """Upgrade the database behind ``engine`` to ``revision`` (all heads by default)."""
    with engine.connect() as conn:
        if revision == "heads" and set(current(conn)) == set(heads()):
            return
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: sa.Engine, revision: str) -> None:
    """Downgrade to ``revision`` (``base`` removes every table); for tests and rollbacks."""
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
