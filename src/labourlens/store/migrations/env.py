"""Alembic environment. labourlens runs migrations programmatically
(:func:`labourlens.store.migrate.upgrade`), handing over an open connection in
``config.attributes["connection"]``; no alembic.ini is needed at run time."""

from __future__ import annotations

from alembic import context

from labourlens.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("labourlens migrations run through labourlens.store.migrate.upgrade(engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
