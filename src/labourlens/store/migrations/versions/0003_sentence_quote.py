"""Sentences record the quotation they belong to (``Sentence.quote``).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sentences", sa.Column("quote", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sentences") as batch:
        batch.drop_column("quote")
