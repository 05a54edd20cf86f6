from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from labourlens.errors import NotFound, StoreError, UsageError
from labourlens.store import migrate, open_store, originals_folder
from labourlens.store import schema as t
from test_store_support import TEXT_A, analysis, doc, failed


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(str(tmp_path / "ev.db"))
    yield s
    s.close()


def test_open_creates_schema_through_migrations(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    s = open_store(str(path))
    s.close()
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "sentences", "sources", "claims", "claim_indicators", "places", "amounts", "times",
            "entities", "doc_pairs", "doc_origins", "doc_minhash", "doc_clusters", "claim_groups", "reviews",
            "users", "documents_fts", "claims_fts", "alembic_version"} <= tables
    version = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
    assert version == set(migrate.heads())
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # every column the schema module declares exists in the migrated database
    for table in t.metadata.sorted_tables:
        cols = {r[1] for r in con.execute(f"PRAGMA table_info({table.name})")}
        assert {c.name for c in table.columns} <= cols, table.name


def test_reopen_is_cheap_and_keeps_data(tmp_path: Path) -> None:
    s = open_store(str(tmp_path / "ev.db"))
    assert s.save(doc(), analysis()) == "stored"
    s.close()
    s2 = open_store(str(tmp_path / "ev.db"))
    assert s2.status()["documents"] == 1


def test_originals_beside_database(store, tmp_path: Path) -> None:
    d = doc()
    store.save(d, analysis())
    path = store.original_path(d.id)
    assert path == tmp_path / "ev.originals" / d.id[:2] / d.id
    assert path.read_bytes() == d.original
    assert originals_folder(str(tmp_path / "x.db")) == tmp_path / "x.originals"
    assert not list(path.parent.glob(".tmp-*"))


def test_save_is_idempotent(store) -> None:
    d = doc()
    assert store.save(d, analysis()) == "stored"
    assert store.has(d.id)
    assert store.save(d, analysis()) == "already stored"
    counts = store.counts()
    assert counts["documents"] == 1
    assert counts["claims"] == 4


def test_analysis_round_trip(store) -> None:
    d = doc()
    a = analysis()
    store.save(d, a)
    back = store.analysis(d.id[:10])
    a.meta.title = d.title  # the stored meta carries the document's title
    assert back.to_dict() == a.to_dict()
    assert back.indicators() == ["restriction_of_movement", "retention_of_identity_documents"]


def test_failed_row_replaced_when_origin_succeeds(store) -> None:
    bad = failed("report.pdf")
    assert store.save(bad, None) == "failed"
    assert store.save(bad, None) == "failed"  # still failed; one row
    assert store.status()["by_status"] == {"failed": 1}
    good = doc(origin="report.pdf")
    assert store.save(good, analysis()) == "stored"
    st = store.status()
    assert st["by_status"] == {"ok": 1}
    assert st["failures"] == []


def test_failure_listed_with_reason(store) -> None:
    store.save(failed("broken.pdf", "encrypted PDF: give the password"), None)
    st = store.status()
    assert st["failures"][0]["origin"] == "broken.pdf"
    assert "encrypted" in st["failures"][0]["reason"]


def test_one_transaction_per_document(store, monkeypatch) -> None:
    """An error half-way through writing the analysis leaves no document row."""
    from labourlens.store import dialect

    def boom(*_a, **_k):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(dialect, "index_claims", boom)
    d = doc()
    with pytest.raises(RuntimeError):
        store.save(d, analysis())
    assert not store.has(d.id)
    assert store.counts()["documents"] == 0
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.sentences)).scalar_one() == 0
    monkeypatch.undo()
    assert store.save(d, analysis()) == "stored"


def test_document_prefix_errors(store) -> None:
    ids = []
    for i in range(20):  # 20 ids over 16 first characters: at least two share one
        d = doc(f"Report {i} about fishing crews in Vladivostok.", origin=f"{i}.txt")
        store.save(d, None)
        ids.append(d.id)
    with pytest.raises(NotFound):
        store.document(next(p for p in (f"{x:x}" * 12 for x in range(16)) if not any(i.startswith(p) for i in ids)))
    with pytest.raises(UsageError):
        store.document("")
    with pytest.raises(UsageError):
        store.document("not-hex")
    row = store.document(ids[0][:12].upper())
    assert row["id"] == ids[0] and row["original_path"]
    shared = next(c for c in "0123456789abcdef" if sum(i.startswith(c) for i in ids) > 1)
    with pytest.raises(UsageError, match="several"):
        store.document(shared)


def test_search_ranked_with_snippets(store) -> None:
    store.save(doc(), analysis())
    many = "Passports taken. Passports kept by managers. Passports locked in a safe in Hunchun."
    store.save(doc(many, origin="c.txt"), None)
    store.save(doc("A report about tomato prices in Doha.", origin="d.txt"), None)
    hits = store.search("passports")
    assert [h["doc_id"] for h in hits][0] == doc(many, origin="c.txt").id
    assert len(hits) == 2
    assert "\x02" in hits[0]["snippet"] and "Passports" in hits[0]["snippet"]
    assert store.search('"tomato prices"')[0]["doc_id"] == doc("A report about tomato prices in Doha.").id
    assert store.search("tomato-prices")  # punctuation does not break the query
    assert store.search("nothing-like-this-here") == []
    with pytest.raises(UsageError):
        store.search("x", limit=0)


def test_claim_filters(store) -> None:
    d = doc()
    store.save(d, analysis())
    other = TEXT_A.replace("in Dandong", "in Hunchun").replace("RMB 900", "RMB 700")
    store.save(doc(other, origin="h.txt"), analysis(other, published="2023-01-10"))
    assert len(store.claims()) == 8
    ind = store.claims(indicator="restriction_of_movement")
    assert len(ind) == 2 and all(c["polarity"] == "affirmed" for c in ind)  # the denial is not evidence
    assert {c["source_key"] for c in store.claims(speaker_kind="anonymous_source")} == {"S1"}
    assert all(c["hedged"] for c in store.claims(hedged=True)) and len(store.claims(hedged=True)) == 2
    assert len(store.claims(negated=True)) == 2
    dandong = store.claims(place="dandong")
    assert len(dandong) == 3 and all("Dandong" in c["places"] for c in dandong)
    assert [c["places"] for c in store.claims(place="Hunchun")] == [["Hunchun"]]
    assert len(store.claims(country="cn")) == 4
    assert store.claims(country="RU") == []
    assert len(store.claims(document=d.id[:12])) == 4
    # dates: the hedged claim has its own event time, others use the publication date
    recent = store.claims(date_from="2024-01-01")
    assert len(recent) == 5  # all of d, and the other document's claim with a 2024 event time
    assert [c["event_time"] for c in recent if c["doc_id"] != d.id] == ["2024-02-01"]
    early = store.claims(date_to="2023")
    assert len(early) == 3
    assert len(store.claims(corroborated=1)) == 8 and store.claims(corroborated=2) == []
    assert len(store.claims(limit=3)) == 3 and len(store.claims(limit=3, offset=6)) == 2
    assert store.claims(text="passports")[0]["indicators"] == ["retention_of_identity_documents"]
    with pytest.raises(UsageError):
        store.claims(indicator="slavery")
    with pytest.raises(UsageError):
        store.claims(speaker_kind="ghost")
    with pytest.raises(UsageError):
        store.claims(date_from="last week")


def test_sources_and_status(store) -> None:
    store.save(doc(), analysis())
    srcs = store.sources()
    assert {s["kind"] for s in srcs} == {"outlet", "anonymous_source", "organization"}
    anon = store.sources("anonymous_source")
    assert anon[0]["wording"] == "a Dandong-based source" and anon[0]["claims"] == 1
    st = store.status()
    assert st["by_format"] == {"text.v1": 1}
    assert st["by_outlet"] == {"Border Weekly": 1}
    assert st["by_language"] == {"en": 1}
    assert st["indicators"] == {"restriction_of_movement": 1, "retention_of_identity_documents": 1}


def test_iter_documents_batches(store) -> None:
    for i in range(7):
        store.save(doc(f"Report number {i} about workers.", origin=f"{i}.txt"), None)
    assert len(list(store.iter_documents(batch=3))) == 7


def test_open_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "missing" / "x.db"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        open_store(str(junk))


def test_db_from_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LABOURLENS_DB", str(tmp_path / "env.db"))
    s = open_store()
    s.close()
    assert (tmp_path / "env.db").exists()


def test_migrations_down_and_up(tmp_path: Path) -> None:
    s = open_store(str(tmp_path / "m.db"))
    migrate.downgrade(s.engine, "base")
    with s.engine.connect() as conn:
        assert not sa.inspect(conn).has_table("documents")
        assert migrate.current(conn) == ()
    migrate.upgrade(s.engine)
    with s.engine.connect() as conn:
        assert set(migrate.current(conn)) == set(migrate.heads())
    assert s.save(doc(), analysis()) == "stored"


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("passports", '"passports"'),
        ('"North Korean" workers', '"North Korean" "workers"'),
        ("Vladivostok OR Khabarovsk", '"Vladivostok" OR "Khabarovsk"'),
        ("OR", '"OR"'),  # alone it is a word
        ("China-based (source)", '"China" "based" "source"'),
        ('a"b', '"a" "b"'),
        ("", ""),
    ],
)
def test_fts_query_is_safe(typed: str, query: str) -> None:
    from labourlens.store.dialect import fts_query

    assert fts_query(typed) == query


def test_search_never_raises_on_odd_input(store) -> None:
    store.save(doc(), analysis())
    for text in ('"', "NEAR(", "*", "a OR", "-x", "title:foo", "'", "AND"):
        store.search(text)


def test_save_many_in_one_transaction(store, monkeypatch) -> None:
    a, b = doc("First report on workers in Doha.", origin="1.txt"), doc("Second report on Hunchun.", origin="2.txt")
    assert store.save_many([(a, None), (b, None), (a, None)]) == ["stored", "stored", "already stored"]
    c, d = doc("Third report.", origin="3.txt"), doc("Fourth report.", origin="4.txt")
    from labourlens.store import dialect

    calls = []

    def fail_second(conn, doc_id, title, text):
        calls.append(doc_id)
        if len(calls) == 2:
            raise RuntimeError("disk full")

    monkeypatch.setattr(dialect, "index_document", fail_second)
    with pytest.raises(RuntimeError):
        store.save_many([(c, None), (d, None)])
    assert not store.has(c.id) and not store.has(d.id)  # the whole batch rolled back
    assert store.counts()["documents"] == 2


def test_every_model_field_has_a_column() -> None:
    """A field added to the model without a column (and a migration) would be lost on save."""
    from dataclasses import fields

    from labourlens import model

    renamed = {"index": "idx", "source": "source_key"}
    tables = {
        model.Sentence: t.sentences, model.Source: t.sources, model.PlaceMention: t.places, model.Amount: t.amounts,
        model.TimeMention: t.times, model.EntityMention: t.entities, model.IndicatorHit: t.claim_indicators,
        model.DocMeta: t.documents,
    }
    for cls, table in tables.items():
        missing = [f.name for f in fields(cls) if renamed.get(f.name, f.name) not in table.c]
        assert not missing, f"{cls.__name__} fields without a column in {table.name}: {missing}"
    claim_missing = [f.name for f in fields(model.Claim)
                     if f.name != "indicators" and renamed.get(f.name, f.name) not in t.claims.c]
    assert not claim_missing


def test_sentence_quote_round_trip(store) -> None:
    a = analysis()
    a.sentences[1].quote = 2
    d = doc()
    store.save(d, a)
    assert [s.quote for s in store.analysis(d.id).sentences] == [None, 2, None, None]
