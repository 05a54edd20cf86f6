"""Linking indexes: link_docs (document numbering, normalised-text hash), link_lsh
(MinHash LSH band keys) and link_sketch (containment sketches).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_docs",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("n_shingles", sa.Integer(), nullable=False),
        sa.Column("params", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("doc_id"),
    )
    op.create_index(op.f("ix_link_docs_text_hash"), "link_docs", ["text_hash"], unique=False)
    op.create_table(
        "link_lsh",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("key", "seq"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "link_sketch",
        sa.Column("fp", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("fp", "seq"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("link_sketch")
    op.drop_table("link_lsh")
    op.drop_index(op.f("ix_link_docs_text_hash"), table_name="link_docs")
    op.drop_table("link_docs")
