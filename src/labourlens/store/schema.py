"""The evidence store's schema, in SQLAlchemy Core.

This module is the *current* shape of the database and what queries use. The
database itself is created and upgraded only by the Alembic migrations in
``store/migrations/versions/`` (``0001_initial.py`` is the first schema); a change
here needs a new migration beside it.

Tables and their columns
------------------------
documents
    One row per captured document (a report, a feed entry, a WARC record, or a
    container such as a feed, WARC, JSON Lines file or archive).
    ``id`` sha256 of the original bytes (of ``"failed:" + origin`` when there were
    none); ``parent_id`` the container it came from; ``container`` true for a
    container whose records are documents; ``origin`` path, URL, ``archive!member``
    or WARC target URI; ``media_type``; ``captured_at`` ISO 8601 UTC; ``reader``
    and ``reader_version`` (``html.v1``, trafilatura's version); ``title``,
    ``author``, ``outlet``, ``published`` (ISO date) and ``published_precision``;
    ``language``, ``translator``, ``original_language``; ``url``; ``text``;
    ``status`` ok / failed / skipped and ``reason``; ``analysis_version``
    (``analysis.v1``; null when not analysed); ``notes`` JSON list of strings;
    ``paragraph_languages`` JSON list of [paragraph, language].
sentences
    ``doc_id``, ``idx``, ``start``, ``end`` (character offsets in documents.text),
    ``text``, ``paragraph``, ``kind`` (body, headline, byline, caption, chrome...),
    ``unconfirmed``, ``quote`` (id of the quotation the sentence belongs to, or null).
sources
    Speakers in one document: ``doc_id``, ``key`` (S1, S2... or OUTLET), ``wording``,
    ``kind`` (anonymous_source, named_person, official, organization, outlet,
    document), ``canonical``, ``location`` (ISO country), ``affiliation``, ``relay``,
    ``spans`` JSON list of [start, end].
claims
    ``id`` integer key (reviews and claim_groups refer to it); ``doc_id``, ``idx``,
    ``sentence``, ``start``, ``end``, ``text``, ``source_key`` (sources.key in the
    same document), ``cue``, ``direct``, ``hedges`` JSON, ``hedged``, ``polarity``
    (affirmed / negated), ``unconfirmed``, ``future``, ``mechanisms`` JSON,
    ``event_time``, ``event_precision``, ``topics`` JSON, ``extractor``;
    ``independent_origins``: how many independent origins report this claim
    (1 until the linker counts corroboration; the ``claims --corroborated N``
    filter reads it).
claim_indicators
    ``claim_id``, ``doc_id``, ``indicator`` (ILO indicator id), ``rule`` (lexicon
    rule id), ``start``, ``end``, ``cue`` (the words that matched).
places, amounts, times, entities
    Mentions with ``doc_id``, ``start``, ``end``, ``text`` and the fields of
    :class:`~labourlens.model.PlaceMention`, :class:`~labourlens.model.Amount`,
    :class:`~labourlens.model.TimeMention`, :class:`~labourlens.model.EntityMention`
    (``extractor`` holds the versioned extractor name, e.g. ``money.v1``).

Tables the linker (``labourlens.link``) fills
    doc_pairs
        A judgement about two documents: ``a``, ``b`` (document ids, a < b),
        ``similarity`` (0..1), ``method`` (``minhash.v1``, ``exact``...),
        ``decision`` (``copy``, ``distinct``...), ``created_at``. Unique (a, b, method).
    doc_origins
        Where a document says its story comes from: ``doc_id``, ``outlet``, ``cue``
        ("according to"), ``start``, ``end``, ``method``.
    doc_minhash
        ``doc_id`` (key), ``signature`` (bytes), ``bands`` JSON (optional band hashes).
    doc_clusters
        Derived copy groups: ``doc_id`` (key), ``cluster_id``, ``canonical`` flag.
    claim_groups
        Claims across documents reporting the same thing: ``group_id``,
        ``claim_id``, ``doc_id``, ``key`` (what they agree on), ``independent_origins``,
        ``contradiction`` (text or null), ``created_at``.

Tables the web app uses
    reviews
        Append-only: ``id``, ``claim_id``, ``reviewer``, ``decision`` (accepted,
        rejected, corrected), ``changes`` JSON, ``note``, ``created_at``.
    users
        ``name`` (key), ``role`` (viewer, reviewer, admin), ``password_hash``,
        ``created_at``.

Full-text search tables (``documents_fts``, ``claims_fts``) are dialect-specific and
live in :mod:`labourlens.store.dialect`.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

_json = sa.JSON()


def _doc_fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("parent_id", sa.String(64), index=True),
    sa.Column("container", sa.Boolean, nullable=False, default=False),
    sa.Column("origin", sa.Text, nullable=False, index=True),
    sa.Column("media_type", sa.String(100)),
    sa.Column("captured_at", sa.String(40), nullable=False),
    sa.Column("reader", sa.String(50)),
    sa.Column("reader_version", sa.String(50)),
    sa.Column("title", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("outlet", sa.Text, index=True),
    sa.Column("published", sa.String(40), index=True),
    sa.Column("published_precision", sa.String(20)),
    sa.Column("language", sa.String(20)),
    sa.Column("translator", sa.Text),
    sa.Column("original_language", sa.String(20)),
    sa.Column("url", sa.Text),
    sa.Column("text", sa.Text, nullable=False, default=""),
    sa.Column("status", sa.String(10), nullable=False, index=True),
    sa.Column("reason", sa.Text),
    sa.Column("analysis_version", sa.String(40)),
    sa.Column("notes", _json),
    sa.Column("paragraph_languages", _json),
)

sentences = sa.Table(
    "sentences",
    metadata,
    sa.Column("doc_id", sa.String(64), _doc_fk(), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("paragraph", sa.Integer, nullable=False, default=0),
    sa.Column("kind", sa.String(20), nullable=False, default="body"),
    sa.Column("unconfirmed", sa.Boolean, nullable=False, default=False),
    sa.Column("quote", sa.Integer),  # id of the quotation within the document (migration 0003)
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("doc_id", sa.String(64), _doc_fk(), primary_key=True),
    sa.Column("key", sa.String(20), primary_key=True),
    sa.Column("wording", sa.Text),
    sa.Column("kind", sa.String(30), nullable=False, index=True),
    sa.Column("canonical", sa.Text),
    sa.Column("location", sa.String(10)),
    sa.Column("affiliation", sa.Text),
    sa.Column("relay", sa.Text),
    sa.Column("spans", _json),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String(64), _doc_fk(), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source_key", sa.String(20), nullable=False),
    sa.Column("cue", sa.Text),
    sa.Column("direct", sa.Boolean, nullable=False, default=False),
    sa.Column("hedges", _json),
    sa.Column("hedged", sa.Boolean, nullable=False, default=False),
    sa.Column("polarity", sa.String(10), nullable=False, default="affirmed"),
    sa.Column("unconfirmed", sa.Boolean, nullable=False, default=False),
    sa.Column("future", sa.Boolean, nullable=False, default=False),
    sa.Column("mechanisms", _json),
    sa.Column("event_time", sa.String(40)),
    sa.Column("event_precision", sa.String(20)),
    sa.Column("topics", _json),
    sa.Column("extractor", sa.String(40)),
    sa.Column("independent_origins", sa.Integer, nullable=False, default=1, server_default="1"),
    sa.UniqueConstraint("doc_id", "idx", name="uq_claims_doc_idx"),
)

claim_indicators = sa.Table(
    "claim_indicators",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("doc_id", sa.String(64), _doc_fk(), nullable=False, index=True),
    sa.Column("indicator", sa.String(60), nullable=False, index=True),
    sa.Column("rule", sa.String(100)),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("cue", sa.Text),
)


def _mention_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(64), _doc_fk(), nullable=False, index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    ]


places = sa.Table(
    "places",
    metadata,
    *_mention_columns(),
    sa.Column("name", sa.Text, nullable=False, index=True),
    sa.Column("country", sa.String(10), index=True),
    sa.Column("admin1", sa.Text),
    sa.Column("level", sa.String(20)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("gazetteer_id", sa.String(60)),
    sa.Column("precision", sa.String(20)),
    sa.Column("extractor", sa.String(40)),
)

amounts = sa.Table(
    "amounts",
    metadata,
    *_mention_columns(),
    sa.Column("currency", sa.String(10)),
    sa.Column("value", sa.Float),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("per", sa.String(20)),
    sa.Column("stated_usd", sa.Float),
    sa.Column("stated_text", sa.Text),
    sa.Column("usd", sa.Float),
    sa.Column("usd_low", sa.Float),
    sa.Column("usd_high", sa.Float),
    sa.Column("fx_rate", sa.Float),
    sa.Column("fx_date", sa.String(20)),
    sa.Column("fx_source", sa.Text),
    sa.Column("fx_note", sa.Text),
    sa.Column("kind", sa.String(20)),
    sa.Column("extractor", sa.String(40)),
)

times = sa.Table(
    "times",
    metadata,
    *_mention_columns(),
    sa.Column("kind", sa.String(20)),
    sa.Column("date", sa.String(40)),
    sa.Column("date_end", sa.String(40)),
    sa.Column("precision", sa.String(20)),
    sa.Column("days_low", sa.Float),
    sa.Column("days_high", sa.Float),
    sa.Column("extractor", sa.String(40)),
)

entities = sa.Table(
    "entities",
    metadata,
    *_mention_columns(),
    sa.Column("type", sa.String(30)),
    sa.Column("name", sa.Text, nullable=False, index=True),
    sa.Column("role", sa.String(40)),
    sa.Column("extractor", sa.String(40)),
)

# ------------------------------------------------------------ linking (filled by labourlens.link)

doc_pairs = sa.Table(
    "doc_pairs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("a", sa.String(64), _doc_fk(), nullable=False, index=True),
    sa.Column("b", sa.String(64), _doc_fk(), nullable=False, index=True),
    sa.Column("similarity", sa.Float),
    sa.Column("method", sa.String(40), nullable=False),
    sa.Column("decision", sa.String(20), nullable=False),
    sa.Column("created_at", sa.String(40)),
    sa.UniqueConstraint("a", "b", "method", name="uq_doc_pairs"),
)

doc_origins = sa.Table(
    "doc_origins",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String(64), _doc_fk(), nullable=False, index=True),
    sa.Column("outlet", sa.Text, nullable=False),
    sa.Column("cue", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("method", sa.String(40)),
)

doc_minhash = sa.Table(
    "doc_minhash",
    metadata,
    sa.Column("doc_id", sa.String(64), _doc_fk(), primary_key=True),
    sa.Column("signature", sa.LargeBinary, nullable=False),
    sa.Column("bands", _json),
)

doc_clusters = sa.Table(
    "doc_clusters",
    metadata,
    sa.Column("doc_id", sa.String(64), _doc_fk(), primary_key=True),
    sa.Column("cluster_id", sa.String(64), nullable=False, index=True),
    sa.Column("canonical", sa.Boolean, nullable=False, default=False),
)

claim_groups = sa.Table(
    "claim_groups",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("group_id", sa.String(64), nullable=False, index=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("doc_id", sa.String(64), _doc_fk(), nullable=False),
    sa.Column("key", sa.Text),
    sa.Column("independent_origins", sa.Integer),
    sa.Column("contradiction", sa.Text),
    sa.Column("created_at", sa.String(40)),
)

# ------------------------------------------------------------ linking indexes (added by 0002_linking, H8)
# link_docs numbers the linked documents (``seq``) so that the two candidate indexes
# below hold small integers instead of 64-character ids; ``text_hash`` is the sha256 of
# the normalised text (exact copies); ``params`` the shingle/MinHash settings used.
# link_lsh holds one MinHash LSH band key per band per document; link_sketch the
# containment sketch (sampled shingle hashes). Both answer "which stored documents
# might be copies of this one" with an index lookup, without loading signatures.

link_docs = sa.Table(
    "link_docs",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String(64), _doc_fk(), nullable=False, unique=True),
    sa.Column("text_hash", sa.String(64), nullable=False, index=True),
    sa.Column("n_shingles", sa.Integer, nullable=False, default=0),
    sa.Column("params", sa.String(80), nullable=False),
)

link_lsh = sa.Table(
    "link_lsh",
    metadata,
    sa.Column("key", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sqlite_with_rowid=False,
)

link_sketch = sa.Table(
    "link_sketch",
    metadata,
    sa.Column("fp", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sqlite_with_rowid=False,
)

# ------------------------------------------------------------ review and users (web app)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id"), nullable=False, index=True),
    sa.Column("reviewer", sa.Text, nullable=False),
    sa.Column("decision", sa.String(20), nullable=False),
    sa.Column("changes", _json),
    sa.Column("note", sa.Text),
    sa.Column("created_at", sa.String(40), nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40)),
)

ingest_jobs = sa.Table(  # files and URLs ingested through the web app, and how it went
    "ingest_jobs",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("state", sa.String(20), nullable=False),  # queued, running, done, error
    sa.Column("requested_by", sa.String(100)),
    sa.Column("labels", _json),  # what was asked for: file names and URLs
    sa.Column("items", _json),  # one entry per document read: doc_id, origin, outcome, reason, title
    sa.Column("done", sa.Integer, nullable=False, server_default="0"),
    sa.Column("total", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error", sa.Text),
    sa.Column("started", sa.String(40), nullable=False, index=True),
    sa.Column("finished", sa.String(40)),
)

# Tables holding one document's analysis, in the order they are deleted (children first).
ANALYSIS_TABLES: tuple[sa.Table, ...] = (claim_indicators, claims, sources, sentences, places, amounts, times, entities)
