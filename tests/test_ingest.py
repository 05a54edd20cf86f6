from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

import test_store_support as support
from labourlens import ingest as ingest_mod
from labourlens import settings as settings_mod
from labourlens.store import open_store


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(ingest_mod, "_pipeline", lambda: support.fake_analyse)


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(str(tmp_path / "ev.db"))
    yield s
    s.close()


def run(inputs, store, **kw):
    kw.setdefault("hooks", ())
    return ingest_mod.ingest([str(i) for i in inputs], store, settings_mod.load(), **kw)


def test_ingest_then_reingest_is_a_no_op(tmp_path, store, fake_pipeline) -> None:
    support.write_reports(tmp_path / "in", 5)
    first = run([tmp_path / "in"], store)
    assert first.counts() == {"stored": 5, "already stored": 0, "failed": 0, "skipped": 0}
    assert first.exit_code == 0
    second = run([tmp_path / "in"], store)
    assert second.counts()["already stored"] == 5 and second.counts()["stored"] == 0
    assert second.new_doc_ids == []
    assert store.counts()["documents"] == 5
    # the analysis was stored with each document
    assert store.counts()["claims"] == 10
    assert len(store.claims(indicator="retention_of_identity_documents")) == 5


def test_bad_inputs_do_not_stop_the_batch(tmp_path, store, fake_pipeline) -> None:
    support.write_reports(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    report = run([tmp_path / "missing.txt", tmp_path / "in"], store)
    counts = report.counts()
    assert counts["stored"] == 2 and counts["failed"] == 1 and counts["skipped"] == 1
    assert report.exit_code == 1
    reasons = {Path(i.origin).name: i.reason for i in report.items}
    assert "no such file" in reasons["missing.txt"]
    assert "empty" in reasons["empty.txt"]
    st = store.status()
    assert {f["status"] for f in st["failures"]} == {"failed", "skipped"}


def test_failed_origin_replaced_when_it_succeeds(tmp_path, store, fake_pipeline) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"")
    assert run([path], store).counts()["skipped"] == 1
    path.write_text("Workers in Doha said their passports were taken.", encoding="utf-8")
    report = run([path], store)
    assert report.counts()["stored"] == 1
    st = store.status()
    assert st["failures"] == [] and st["by_status"] == {"ok": 1}


def test_defaults_fill_metadata(tmp_path, store, fake_pipeline) -> None:
    support.write_reports(tmp_path / "in", 1)
    report = run([tmp_path / "in"], store, defaults={"outlet": "Border Weekly", "published": "2024-05-01",
                                                    "language": None})
    row = store.document(report.new_doc_ids[0])
    assert row["outlet"] == "Border Weekly" and row["published"] == "2024-05-01"


def test_stdin_input(tmp_path, store, fake_pipeline) -> None:
    data = b"Workers in Hunchun reportedly lost their passports."
    report = run(["-"], store, stdin=io.BytesIO(data))
    assert report.counts()["stored"] == 1
    row = store.document(report.new_doc_ids[0])
    assert row["origin"] == "-"
    assert store.original_path(row["id"]).read_bytes() == data


def test_hooks_called_with_new_ids_and_errors_reported(tmp_path, store, fake_pipeline) -> None:
    support.HOOK_CALLS.clear()
    support.write_reports(tmp_path / "in", 3)
    report = run([tmp_path / "in"], store, hooks=("test_store_support:record_hook", "test_store_support:broken_hook",
                                                  "no_such_plugin_module:on_ingest"))
    assert support.HOOK_CALLS == [report.new_doc_ids]
    assert len(report.hook_errors) == 1 and "linker exploded" in report.hook_errors[0]
    assert store.counts()["documents"] == 3  # stored data is kept
    support.HOOK_CALLS.clear()
    run([tmp_path / "in"], store, hooks=("test_store_support:record_hook",))
    assert support.HOOK_CALLS == []  # nothing new, no call


def test_analysis_error_marks_document_failed(tmp_path, store, monkeypatch) -> None:
    def broken(text, meta):
        raise ValueError("stage bug")

    monkeypatch.setattr(ingest_mod, "_pipeline", lambda: broken)
    support.write_reports(tmp_path / "in", 2)
    report = run([tmp_path / "in"], store)
    assert report.counts()["failed"] == 2
    assert "analysis failed (ValueError: stage bug)" in report.failed[0].reason
    monkeypatch.setattr(ingest_mod, "_pipeline", lambda: support.fake_analyse)
    assert run([tmp_path / "in"], store).counts()["stored"] == 2  # a re-run retries them


def test_process_pool_gives_the_same_result(tmp_path, fake_pipeline) -> None:
    support.write_reports(tmp_path / "in", 6)
    one = open_store(str(tmp_path / "one.db"))
    two = open_store(str(tmp_path / "two.db"))
    r1 = run([tmp_path / "in"], one)
    r2 = run([tmp_path / "in"], two, workers=2)
    assert sorted(r1.new_doc_ids) == sorted(r2.new_doc_ids)
    assert one.counts() == two.counts()
    doc_id = r1.new_doc_ids[0]
    assert one.analysis(doc_id).to_dict() == two.analysis(doc_id).to_dict()


@pytest.mark.skipif(not support.real_pipeline_available(), reason="analysis pipeline not importable yet")
def test_real_pipeline_end_to_end(tmp_path, store) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "Dozens of North Korean workers at a fictional seafood plant in Dandong have not been paid for "
        "three months, a source in the city told the newsletter. Their passports were taken by managers, "
        "the source said.\n", encoding="utf-8")
    report = ingest_mod.ingest([str(path)], store, settings_mod.load(), hooks=())
    assert report.counts()["stored"] == 1
    a = store.analysis(report.new_doc_ids[0])
    assert a.sentences and a.meta.language == "en"
    con = sqlite3.connect(str(tmp_path / "ev.db"))
    assert con.execute("SELECT analysis_version FROM documents").fetchone()[0] == a.version


def test_urls_are_fetched_and_dead_ones_recorded(httpserver, store, fake_pipeline) -> None:
    page = ("<html><head><title>Shipyard report</title></head><body><nav>Home</nav><article><p>Workers at a "
            "fictional shipyard in Vladivostok said their passports were kept by the managers for months.</p>"
            "<p>The workers reportedly work twelve hours a day.</p></article></body></html>")
    httpserver.expect_request("/story.html").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/gone.html").respond_with_data("no", status=404)
    url, gone = httpserver.url_for("/story.html"), httpserver.url_for("/gone.html")
    report = run([url, gone], store)
    by_origin = {i.origin: i for i in report.items}
    assert by_origin[url].outcome == "stored"
    assert by_origin[gone].outcome == "failed" and "404" in (by_origin[gone].reason or "")
    row = store.document(by_origin[url].doc_id)
    assert row["url"] in (url, None) and row["origin"] == url
    assert store.original_path(row["id"]).read_bytes() == page.encode()
    again = run([url], store)
    assert again.counts()["already stored"] == 1
