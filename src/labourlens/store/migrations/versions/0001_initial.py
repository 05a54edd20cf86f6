"""Initial schema: documents, analysis tables, link tables, reviews, users, full-text search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("container", sa.Boolean(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("captured_at", sa.String(length=40), nullable=False),
        sa.Column("reader", sa.String(length=50), nullable=True),
        sa.Column("reader_version", sa.String(length=50), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("published_precision", sa.String(length=20), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("translator", sa.Text(), nullable=True),
        sa.Column("original_language", sa.String(length=20), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("analysis_version", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=True),
        sa.Column("paragraph_languages", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_documents_origin"), "documents", ["origin"], unique=False)
    op.create_index(op.f("ix_documents_outlet"), "documents", ["outlet"], unique=False)
    op.create_index(op.f("ix_documents_parent_id"), "documents", ["parent_id"], unique=False)
    op.create_index(op.f("ix_documents_published"), "documents", ["published"], unique=False)
    op.create_index(op.f("ix_documents_status"), "documents", ["status"], unique=False)
    op.create_table(
        "users",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "amounts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("currency", sa.String(length=10), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("low", sa.Float(), nullable=True),
        sa.Column("high", sa.Float(), nullable=True),
        sa.Column("per", sa.String(length=20), nullable=True),
        sa.Column("stated_usd", sa.Float(), nullable=True),
        sa.Column("stated_text", sa.Text(), nullable=True),
        sa.Column("usd", sa.Float(), nullable=True),
        sa.Column("usd_low", sa.Float(), nullable=True),
        sa.Column("usd_high", sa.Float(), nullable=True),
        sa.Column("fx_rate", sa.Float(), nullable=True),
        sa.Column("fx_date", sa.String(length=20), nullable=True),
        sa.Column("fx_source", sa.Text(), nullable=True),
        sa.Column("fx_note", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("extractor", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_amounts_doc_id"), "amounts", ["doc_id"], unique=False)
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source_key", sa.String(length=20), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("hedges", sa.JSON(), nullable=True),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("polarity", sa.String(length=10), nullable=False),
        sa.Column("unconfirmed", sa.Boolean(), nullable=False),
        sa.Column("future", sa.Boolean(), nullable=False),
        sa.Column("mechanisms", sa.JSON(), nullable=True),
        sa.Column("event_time", sa.String(length=40), nullable=True),
        sa.Column("event_precision", sa.String(length=20), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=True),
        sa.Column("extractor", sa.String(length=40), nullable=True),
        sa.Column("independent_origins", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("doc_id", "idx", name="uq_claims_doc_idx"),
    )
    op.create_table(
        "doc_clusters",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("cluster_id", sa.String(length=64), nullable=False),
        sa.Column("canonical", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id"),
    )
    op.create_index(op.f("ix_doc_clusters_cluster_id"), "doc_clusters", ["cluster_id"], unique=False)
    op.create_table(
        "doc_minhash",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("bands", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id"),
    )
    op.create_table(
        "doc_origins",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("outlet", sa.Text(), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_doc_origins_doc_id"), "doc_origins", ["doc_id"], unique=False)
    op.create_table(
        "doc_pairs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("a", sa.String(length=64), nullable=False),
        sa.Column("b", sa.String(length=64), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["a"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["b"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("a", "b", "method", name="uq_doc_pairs"),
    )
    op.create_index(op.f("ix_doc_pairs_a"), "doc_pairs", ["a"], unique=False)
    op.create_index(op.f("ix_doc_pairs_b"), "doc_pairs", ["b"], unique=False)
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("extractor", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_entities_doc_id"), "entities", ["doc_id"], unique=False)
    op.create_index(op.f("ix_entities_name"), "entities", ["name"], unique=False)
    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=10), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("gazetteer_id", sa.String(length=60), nullable=True),
        sa.Column("precision", sa.String(length=20), nullable=True),
        sa.Column("extractor", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_places_country"), "places", ["country"], unique=False)
    op.create_index(op.f("ix_places_doc_id"), "places", ["doc_id"], unique=False)
    op.create_index(op.f("ix_places_name"), "places", ["name"], unique=False)
    op.create_table(
        "sentences",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unconfirmed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id", "idx"),
    )
    op.create_table(
        "sources",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("wording", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=True),
        sa.Column("location", sa.String(length=10), nullable=True),
        sa.Column("affiliation", sa.Text(), nullable=True),
        sa.Column("relay", sa.Text(), nullable=True),
        sa.Column("spans", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id", "key"),
    )
    op.create_index(op.f("ix_sources_kind"), "sources", ["kind"], unique=False)
    op.create_table(
        "times",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("date", sa.String(length=40), nullable=True),
        sa.Column("date_end", sa.String(length=40), nullable=True),
        sa.Column("precision", sa.String(length=20), nullable=True),
        sa.Column("days_low", sa.Float(), nullable=True),
        sa.Column("days_high", sa.Float(), nullable=True),
        sa.Column("extractor", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_times_doc_id"), "times", ["doc_id"], unique=False)
    op.create_table(
        "claim_groups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("group_id", sa.String(length=64), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.Text(), nullable=True),
        sa.Column("independent_origins", sa.Integer(), nullable=True),
        sa.Column("contradiction", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_claim_groups_claim_id"), "claim_groups", ["claim_id"], unique=False)
    op.create_index(op.f("ix_claim_groups_group_id"), "claim_groups", ["group_id"], unique=False)
    op.create_table(
        "claim_indicators",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("indicator", sa.String(length=60), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_claim_indicators_claim_id"), "claim_indicators", ["claim_id"], unique=False)
    op.create_index(op.f("ix_claim_indicators_doc_id"), "claim_indicators", ["doc_id"], unique=False)
    op.create_index(op.f("ix_claim_indicators_indicator"), "claim_indicators", ["indicator"], unique=False)
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_reviews_claim_id"), "reviews", ["claim_id"], unique=False)
    _create_fts()


def _create_fts() -> None:
    """Full-text search: FTS5 on SQLite; other databases search with LIKE until they get their own."""
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5("
        "doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE claims_fts USING fts5("
        "claim_id UNINDEXED, doc_id UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS claims_fts")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    op.drop_index(op.f("ix_reviews_claim_id"), table_name="reviews")
    op.drop_table("reviews")
    op.drop_index(op.f("ix_claim_indicators_indicator"), table_name="claim_indicators")
    op.drop_index(op.f("ix_claim_indicators_doc_id"), table_name="claim_indicators")
    op.drop_index(op.f("ix_claim_indicators_claim_id"), table_name="claim_indicators")
    op.drop_table("claim_indicators")
    op.drop_index(op.f("ix_claim_groups_group_id"), table_name="claim_groups")
    op.drop_index(op.f("ix_claim_groups_claim_id"), table_name="claim_groups")
    op.drop_table("claim_groups")
    op.drop_index(op.f("ix_times_doc_id"), table_name="times")
    op.drop_table("times")
    op.drop_index(op.f("ix_sources_kind"), table_name="sources")
    op.drop_table("sources")
    op.drop_table("sentences")
    op.drop_index(op.f("ix_places_name"), table_name="places")
    op.drop_index(op.f("ix_places_doc_id"), table_name="places")
    op.drop_index(op.f("ix_places_country"), table_name="places")
    op.drop_table("places")
    op.drop_index(op.f("ix_entities_name"), table_name="entities")
    op.drop_index(op.f("ix_entities_doc_id"), table_name="entities")
    op.drop_table("entities")
    op.drop_index(op.f("ix_doc_pairs_b"), table_name="doc_pairs")
    op.drop_index(op.f("ix_doc_pairs_a"), table_name="doc_pairs")
    op.drop_table("doc_pairs")
    op.drop_index(op.f("ix_doc_origins_doc_id"), table_name="doc_origins")
    op.drop_table("doc_origins")
    op.drop_table("doc_minhash")
    op.drop_index(op.f("ix_doc_clusters_cluster_id"), table_name="doc_clusters")
    op.drop_table("doc_clusters")
    op.drop_table("claims")
    op.drop_index(op.f("ix_amounts_doc_id"), table_name="amounts")
    op.drop_table("amounts")
    op.drop_table("users")
    op.drop_index(op.f("ix_documents_status"), table_name="documents")
    op.drop_index(op.f("ix_documents_published"), table_name="documents")
    op.drop_index(op.f("ix_documents_parent_id"), table_name="documents")
    op.drop_index(op.f("ix_documents_outlet"), table_name="documents")
    op.drop_index(op.f("ix_documents_origin"), table_name="documents")
    op.drop_table("documents")
