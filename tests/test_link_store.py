"""Linking in a store: copy groups over a corpus of copies and near-misses,
canonical members, origins, incremental = batch, eval-links, and the CLI."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from labourlens import link
from labourlens.link.evaluate import eval_links
from labourlens.model import CapturedDoc
from labourlens.store import open_store
from labourlens.store import schema as t

DATA = Path(__file__).parent / "test_link_data"

META = {  # file -> (outlet as ingested, published)
    "a1_dailynk_original.txt": ("Daily NK", "2024-03-04"),
    "a2_forum_repost.txt": ("KoreaTalk Forum", "2024-03-05"),
    "a3_aggregator_cutoff.txt": ("NewsPile", "2024-03-05"),
    "a4_blog_quote.txt": ("Supply Notes", "2024-03-09"),
    "b1_dailynk_other_closures.txt": ("Daily NK", "2024-02-20"),
    "c1_yonhap_wire.txt": ("Yonhap News Agency", "2024-03-05"),
    "c2_local_site_edited.txt": ("Busan Evening Post", "2024-03-05"),
    "c3_local_site_trimmed.txt": ("Gangwon Daily", "2024-03-04"),
    "c4_portal_reworded_title.txt": ("PortalNews", "2024-03-06"),
    "d1_rfa_riot.txt": ("Radio Free Asia", "2024-02-10"),
    "d2_guardian_riot.txt": ("The Guardian", "2024-02-12"),
    "f1_own_story_cites_bbc.txt": ("Northern Ledger", "2023-11-02"),
}


def save(store: Any, name: str) -> str:
    text = (DATA / name).read_text(encoding="utf-8")
    outlet, published = META[name]
    data = text.encode("utf-8")
    doc_id = hashlib.sha256(data).hexdigest()
    store.save(CapturedDoc(id=doc_id, origin=str(DATA / name), captured_at="2024-04-01T00:00:00Z",
                           reader="text.v1", reader_version="1", media_type="text/plain", original=data,
                           text=text, outlet=outlet, published=published))
    return doc_id


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Any, dict[str, str]]:
    store = open_store(str(tmp_path / "links.db"))
    ids = {name: save(store, name) for name in sorted(META)}
    yield store, ids
    store.close()


def _groups(store: Any, ids: dict[str, str]) -> list[list[str]]:
    names = {v: k for k, v in ids.items()}
    return sorted(sorted(names[m][:2] for m in c.members) for c in link.clusters(store))


def test_copies_grouped_near_misses_kept_apart(corpus: tuple[Any, dict[str, str]]) -> None:
    store, ids = corpus
    report = link.link_documents(store)
    assert report.mode == "full" and report.documents == len(META)
    assert _groups(store, ids) == [["a1", "a2", "a3", "a4"], ["c1", "c2", "c3", "c4"]]
    # two Daily NK stories on the same closures, and two outlets' reports of one riot, are not copies
    with store.engine.connect() as conn:
        cluster = dict(conn.execute(sa.select(t.doc_clusters.c.doc_id, t.doc_clusters.c.cluster_id)).all())
    assert cluster[ids["a1_dailynk_original.txt"]] != cluster[ids["b1_dailynk_other_closures.txt"]]
    assert cluster[ids["d1_rfa_riot.txt"]] != cluster[ids["d2_guardian_riot.txt"]]


def test_pair_judgements_are_stored_and_documents_untouched(corpus: tuple[Any, dict[str, str]]) -> None:
    store, ids = corpus
    link.link_documents(store)
    with store.engine.connect() as conn:
        pairs = conn.execute(sa.select(t.doc_pairs)).mappings().all()
        n_docs = conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one()
    assert n_docs == len(META)
    assert all(p["a"] < p["b"] for p in pairs)
    assert {p["decision"] for p in pairs} <= {"copy", "distinct"}
    copies = [p for p in pairs if p["decision"] == "copy"]
    assert len(copies) >= 10  # the A and C groups are densely connected, not a chain
    assert all(0.35 <= p["similarity"] <= 1.0 for p in copies)


def test_canonical_member_is_the_originating_outlet(corpus: tuple[Any, dict[str, str]]) -> None:
    store, ids = corpus
    link.link_documents(store)
    by_canon = {c.canonical: c for c in link.clusters(store)}
    a = by_canon[ids["a1_dailynk_original.txt"]]
    assert a.origin == "Daily NK"
    # c3 was published earlier than c1 but the wire's own copy is canonical
    c = by_canon[ids["c1_yonhap_wire.txt"]]
    assert c.origin == "Yonhap"


def test_copies_and_origin_of_a_document(corpus: tuple[Any, dict[str, str]]) -> None:
    store, ids = corpus
    link.link_documents(store)
    copies = link.copies_of(store, ids["a2_forum_repost.txt"])
    assert {c.doc_id for c in copies} == {ids[n] for n in ("a1_dailynk_original.txt", "a3_aggregator_cutoff.txt",
                                                            "a4_blog_quote.txt")}
    assert [c.canonical for c in copies][0] is True
    assert "canonical" in str(copies[0])
    assert link.copies_of(store, ids["b1_dailynk_other_closures.txt"]) == []
    o = link.origin_of(store, ids["a2_forum_repost.txt"])
    assert o is not None and o.outlet == "Daily NK" and o.via == "text" and "Source" in str(o.cue)
    blog = link.origin_of(store, ids["a4_blog_quote.txt"])
    assert blog is not None and blog.outlet == "Daily NK"
    own = link.origin_of(store, ids["f1_own_story_cites_bbc.txt"])
    assert own is not None and own.outlet == "Northern Ledger" and own.via == "self"


def _snapshot(store: Any) -> dict[str, Any]:
    with store.engine.connect() as conn:
        pairs = sorted(conn.execute(sa.select(t.doc_pairs.c.a, t.doc_pairs.c.b, t.doc_pairs.c.similarity,
                                              t.doc_pairs.c.method, t.doc_pairs.c.decision)).all())
        clusters = sorted(conn.execute(sa.select(t.doc_clusters.c.doc_id, t.doc_clusters.c.cluster_id,
                                                 t.doc_clusters.c.canonical)).all())
        origins = sorted(conn.execute(sa.select(t.doc_origins.c.doc_id, t.doc_origins.c.outlet,
                                                t.doc_origins.c.method)).all())
    return {"pairs": pairs, "clusters": clusters, "origins": origins}


def test_incremental_linking_equals_batch(tmp_path: Path) -> None:
    batch = open_store(str(tmp_path / "batch.db"))
    for name in sorted(META):
        save(batch, name)
    link.link_documents(batch)
    incr = open_store(str(tmp_path / "incr.db"))
    # arrival order differs from id order; one document at a time, as ingest does
    for name in sorted(META, key=lambda n: META[n][1]):
        report = link.on_ingest(incr, [save(incr, name)])
        assert report.mode == "incremental" and report.documents == 1
    assert _snapshot(incr) == _snapshot(batch)
    assert [c.to_dict() for c in link.clusters(incr)] == [c.to_dict() for c in link.clusters(batch)]
    batch.close()
    incr.close()


def test_incremental_links_documents_never_linked(corpus: tuple[Any, dict[str, str]]) -> None:
    store, ids = corpus
    report = link.link_documents(store, [ids["a2_forum_repost.txt"]])
    assert report.mode == "incremental" and report.documents == len(META)
    assert len(link.clusters(store)) == 2


def test_eval_links_scores_the_gold(corpus: tuple[Any, dict[str, str]]) -> None:
    store, _ = corpus
    link.link_documents(store)
    result = eval_links(DATA / "gold.json", store)
    assert result["copies"]["f1"] == 1.0 and result["copies"]["tp"] == 12
    assert result["origins"]["acc"] == 1.0, result["details"]
    assert result["details"] == []


def test_eval_links_reports_every_miss(corpus: tuple[Any, dict[str, str]], tmp_path: Path) -> None:
    store, _ = corpus
    link.link_documents(store)
    gold = {"copies": [["a1_dailynk_original.txt", "b1_dailynk_other_closures.txt"],
                       ["nowhere.txt", "c1_yonhap_wire.txt"], ["a2_forum_repost.txt"]],
            "origins": {"d1_rfa_riot.txt": "The Guardian"}}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = eval_links(path, store)
    kinds = sorted(d["kind"] for d in result["details"])
    assert kinds.count("copy missed") == 2 and "missing" in kinds and "origin wrong" in kinds
    assert kinds.count("copy wrong") == 1  # a1 and a2 are grouped; the gold puts a2 alone
    assert result["copies"]["r"] == 0.0 and result["copies"]["p"] == 0.0
    assert result["origins"] == {"acc": 0.0, "correct": 0, "total": 1}


def test_cli_link_clusters_eval_links(corpus: tuple[Any, dict[str, str]], tmp_path: Path) -> None:
    from labourlens.cli import get_app

    store, ids = corpus
    db = str(store.engine.url.database)
    runner = CliRunner()
    res = runner.invoke(get_app(), ["--db", db, "link"])
    assert res.exit_code == 0, res.output
    assert "linked 12 documents" in res.output
    res = runner.invoke(get_app(), ["--db", db, "clusters", "--json"])
    assert res.exit_code == 0, res.output
    groups = json.loads(res.output)
    assert len(groups) == 2 and {g["canonical"] for g in groups} == {ids["a1_dailynk_original.txt"],
                                                                      ids["c1_yonhap_wire.txt"]}
    res = runner.invoke(get_app(), ["eval-links", str(DATA / "gold.json"), "--db", db, "--json", "--details"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["copies"]["f1"] == 1.0 and out["origins"]["acc"] == 1.0
    res = runner.invoke(get_app(), ["eval-links", str(tmp_path / "missing.json"), "--db", db])
    assert res.exit_code == 2 and "cannot read" in res.output


def _save_text(store: Any, name: str, text: str, outlet: str = "KoreaTalk Forum") -> str:
    data = text.encode("utf-8")
    doc_id = hashlib.sha256(data).hexdigest()
    store.save(CapturedDoc(id=doc_id, origin=f"/forum/{name}", captured_at="2024-04-01T00:00:00Z",
                           reader="text.v1", reader_version="1", media_type="text/plain", original=data,
                           text=text, outlet=outlet, published="2024-03-10"))
    return doc_id


def test_a_page_reposting_two_stories_does_not_merge_them(tmp_path: Path) -> None:
    thread = "\n\n".join((DATA / n).read_text(encoding="utf-8") for n in
                         ("a1_dailynk_original.txt", "b1_dailynk_other_closures.txt", "d1_rfa_riot.txt"))
    snapshots = []
    for mode in ("batch", "incremental"):
        store = open_store(str(tmp_path / f"{mode}.db"))
        ids = {}
        for name in sorted(META):
            ids[name] = save(store, name)
            if mode == "incremental":
                link.on_ingest(store, [ids[name]])
        hub = _save_text(store, "thread-1234.html", "Forum thread: closures and riots\n\n" + thread)
        if mode == "incremental":
            link.on_ingest(store, [hub])
        else:
            link.link_documents(store)
        groups = [set(c.members) for c in link.clusters(store)]
        a, b, d = (ids[n] for n in ("a1_dailynk_original.txt", "b1_dailynk_other_closures.txt", "d1_rfa_riot.txt"))
        assert not any({a, b} <= g or {a, d} <= g or {b, d} <= g for g in groups)
        assert any(hub in g for g in groups)  # the thread is a copy of one of the stories
        assert len(link.copies_of(store, hub)) >= 1
        snapshots.append(_snapshot(store))
        store.close()
    assert snapshots[0] == snapshots[1]


def test_cli_link_new_and_clusters_table(corpus: tuple[Any, dict[str, str]]) -> None:
    from labourlens.cli import get_app

    store, ids = corpus
    db = str(store.engine.url.database)
    runner = CliRunner()
    res = runner.invoke(get_app(), ["--db", db, "link", "--new", "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["mode"] == "incremental" and report["documents"] == 12 and report["clusters"] == 2
    res = runner.invoke(get_app(), ["--db", db, "link", "--new"])
    assert res.exit_code == 0 and "linked 0 documents" in res.output
    res = runner.invoke(get_app(), ["--db", db, "clusters", "--min-size", "2"])
    assert res.exit_code == 0, res.output
    assert "2 copy groups" in res.output and ids["a1_dailynk_original.txt"][:10] in res.output


def test_changed_settings_relink_everything(corpus: tuple[Any, dict[str, str]]) -> None:
    from labourlens.settings import load

    store, ids = corpus
    link.link_documents(store)
    report = link.on_ingest(store, [ids["a1_dailynk_original.txt"]], load({}, shingle_size=4))
    assert report.mode == "full" and report.documents == len(META)
    assert _groups(store, ids) == [["a1", "a2", "a3", "a4"], ["c1", "c2", "c3", "c4"]]
