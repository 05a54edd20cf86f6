"""Ingest jobs started in the web app are kept (``ingest_jobs``), so a restart does not
lose their history.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_jobs",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("requested_by", sa.String(100)),
        sa.Column("labels", sa.JSON()),
        sa.Column("items", sa.JSON()),
        sa.Column("done", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("total", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("error", sa.Text()),
        sa.Column("started", sa.String(40), nullable=False),
        sa.Column("finished", sa.String(40)),
    )
    op.create_index("ix_ingest_jobs_started", "ingest_jobs", ["started"])


def downgrade() -> None:
    op.drop_index("ix_ingest_jobs_started", table_name="ingest_jobs")
    op.drop_table("ingest_jobs")
