"""Regressions found by walking through the README as a user: each test names the
command that misbehaved."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

import test_store_support as support
from labourlens import cli
from labourlens import demo as demo_mod
from labourlens import ingest as ingest_mod
from labourlens.errors import UsageError

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(ingest_mod, "_pipeline", lambda: support.fake_analyse)
    monkeypatch.setattr(ingest_mod, "POST_INGEST_HOOKS", ())


@pytest.fixture
def app():
    return cli.get_app()


def _web():
    return pytest.importorskip("labourlens.web.commands")


def test_user_and_serve_honour_the_global_db_option(tmp_path: Path, app, monkeypatch) -> None:
    """`labourlens --db team.db user add ...` used to write to ./labourlens.db instead."""
    web = _web()
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "team.db"
    r = runner.invoke(app, ["--db", str(db), "user", "add", "amina", "--role", "reviewer", "--password-stdin"],
                      input="a long enough passphrase\n")
    assert r.exit_code == 0, r.output
    assert db.exists() and not (tmp_path / "labourlens.db").exists()
    listed = runner.invoke(app, ["--db", str(db), "user", "list"])
    assert "amina\treviewer" in listed.output
    seen: list[tuple[str | None, str, int]] = []
    monkeypatch.setattr(web, "run_server", lambda d, h, p: seen.append((d, h, p)))
    assert runner.invoke(app, ["--db", str(db), "serve", "--port", "8123"]).exit_code == 0
    assert seen == [(str(db), "127.0.0.1", 8123)]
    # the command's own --db still wins
    other = str(tmp_path / "other.db")
    assert runner.invoke(app, ["--db", str(db), "serve", "--db", other]).exit_code == 0
    assert seen[-1][0] == other
    removed = runner.invoke(app, ["--db", str(db), "user", "remove", "amina"])
    assert removed.exit_code == 0 and "no accounts" in runner.invoke(app, ["--db", str(db), "user", "list"]).output


def test_serve_on_a_busy_port_is_a_one_line_usage_error(tmp_path: Path) -> None:
    web = _web()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        with pytest.raises(UsageError, match=f"port {port} .*in use.*--port"):
            web.run_server(str(tmp_path / "s.db"), "127.0.0.1", port)


def test_demo_serve_ingests_then_serves_the_demo_database(tmp_path: Path, app, monkeypatch) -> None:
    """Issue 5: the demo ends with the web app running on the sample corpus."""
    web = _web()
    if demo_mod.find_samples() is None:
        pytest.skip("no samples folder")
    seen: list[tuple[str | None, str, int]] = []

    def fake_server(db: str | None, host: str, port: int) -> None:
        from labourlens.store import open_store

        with open_store(db) as store:  # the samples are stored before the server starts
            assert store.status()["documents"] > 0
        seen.append((db, host, port))

    monkeypatch.setattr(web, "run_server", fake_server)
    folder = tmp_path / "demo"
    r = runner.invoke(app, ["demo", "--folder", str(folder), "--serve", "--port", "8765"])
    assert r.exit_code == 0, r.output
    assert seen == [(str(folder / "labourlens.db"), "127.0.0.1", 8765)]
    assert "What to try next" in r.output
    plain = runner.invoke(app, ["demo", "--folder", str(folder)])
    assert plain.exit_code == 0 and len(seen) == 1  # no server without --serve
    assert f"--db {folder / 'labourlens.db'} serve" in plain.output
    assert runner.invoke(app, ["demo", "--folder", str(folder), "--serve", "--port", "0"]).exit_code == 2


def test_show_lists_each_copy_on_its_own_line_with_its_title(tmp_path: Path, app, monkeypatch) -> None:
    """`show` printed copies as one run-on line of bare ids: a researcher could not tell them apart."""
    support.write_reports(tmp_path / "in", 2)
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(tmp_path / "in")]).exit_code == 0
    from labourlens.store import open_store

    with open_store(db) as store:
        first, second = [d["id"] for d in store.iter_documents()][:2]

    class Copy:
        def __init__(self, doc_id: str, title: str) -> None:
            self.doc_id, self.title = doc_id, title

        def __str__(self) -> str:
            return f"{self.doc_id[:12]} (0.81, jaccard)"

        def to_dict(self) -> dict[str, str]:
            return {"doc_id": self.doc_id, "title": self.title}

    monkeypatch.setattr(cli, "_link_info", lambda store, doc_id: ([Copy(second, "Wire story, local edit")], None))
    out = runner.invoke(app, ["--db", db, "show", first[:10]]).output
    assert "copies of this story (1):" in out
    assert f"  {second[:12]} (0.81, jaccard)  Wire story, local edit" in out


def test_claims_rejects_impossible_dates_and_country_names(tmp_path: Path, app) -> None:
    """`claims --from 2024-13` used to run (and match everything); `--country Russia` silently matched nothing."""
    db = str(tmp_path / "d.db")
    for args, word in ((["--from", "2024-13"], "--from"), (["--to", "2024-02-30"], "--to"),
                       (["--country", "Russia"], "two-letter")):
        r = runner.invoke(app, ["--db", db, "claims", *args])
        assert r.exit_code == 2 and word in r.output, (args, r.output)
    for ok in (["--from", "2024"], ["--from", "2024-02"], ["--to", "2024-02-29"], ["--country", "ru"]):
        assert runner.invoke(app, ["--db", db, "claims", *ok]).exit_code == 0, ok


def test_partial_dates() -> None:
    from labourlens.store.queries import partial_date_ok

    assert partial_date_ok("2024") and partial_date_ok("2024-12") and partial_date_ok("2024-02-29")
    assert not any(partial_date_ok(v) for v in ("2024-13", "2023-02-29", "2024-00", "24-01", "May 2024", ""))


def test_claims_with_no_match_says_so(tmp_path: Path, app) -> None:
    """An empty claims table with only its header used to be the whole answer."""
    db = str(tmp_path / "e.db")
    r = runner.invoke(app, ["--db", db, "claims", "--country", "KP"])
    assert r.exit_code == 0 and r.output.strip() == "no claim matches these filters"
    assert runner.invoke(app, ["--db", db, "claims", "--country", "KP", "--format", "json"]).output.strip() == "[]"


def test_analyse_of_an_unreadable_file_exits_1(tmp_path: Path, app) -> None:
    """`analyse junk.html` printed "failed: ..." but exited 0, so scripts took it for a success."""
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 8)
    r = runner.invoke(app, ["analyse", str(junk)])
    assert r.exit_code == 1 and "failed:" in r.output
    assert runner.invoke(app, ["analyse", str(junk), "--json"]).exit_code == 1
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    skipped = runner.invoke(app, ["analyse", str(empty)])
    assert skipped.exit_code == 0 and "skipped" in skipped.output  # skipped is not a failure


@pytest.mark.parametrize(("typed", "query"), [("passport*", '"passport"*'), ('"North Kor*"', '"North Kor"'),
                                              ("wage* OR pay", '"wage"* OR "pay"'), ("*", "")])
def test_search_prefix_words(typed: str, query: str) -> None:
    from labourlens.store.dialect import fts_query

    assert fts_query(typed) == query


def test_search_prefix_finds_longer_words(tmp_path: Path, app) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Their passports were taken by the managers at the border.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(folder)]).exit_code == 0
    assert "1 documents" in runner.invoke(app, ["--db", db, "search", "passp*"]).output
    assert "no document matches" in runner.invoke(app, ["--db", db, "search", "passp"]).output


def test_cli_start_does_not_import_datasketch_and_scipy() -> None:
    """Every `labourlens` run (even --help) took over 3 s: the link commands imported datasketch,
    which imports scipy. It is now imported only when signatures are computed."""
    import subprocess
    import sys

    code = ("import sys; from labourlens.cli import get_app; get_app(); import labourlens.link; "
            "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
    import numpy as np

    from labourlens.link import minhash

    sig = minhash.signature(np.array([1, 2, 3], dtype=np.uint32), 16)
    assert sig.shape == (16,) and minhash.lsh_params(0.5, 128)[0] > 1


def test_ingest_json_reports_the_title_found_by_the_analysis(tmp_path: Path, app, monkeypatch) -> None:
    """Plain-text reports carry no title of their own: `ingest --json` said "title": null even when
    the analysis found the headline (and `show` displays it)."""
    import json

    def analyse(text: str, meta: dict) -> object:
        analysis = support.fake_analyse(text, meta)
        analysis.meta.title = "Headline found in the text"
        return analysis

    monkeypatch.setattr(ingest_mod, "_pipeline", lambda: analyse)
    support.write_reports(tmp_path / "in", 1)
    r = runner.invoke(app, ["--db", str(tmp_path / "t.db"), "ingest", str(tmp_path / "in"), "--json", "--quiet"])
    assert r.exit_code == 0, r.output
    docs = json.loads(r.output)["documents"]
    assert [d["title"] for d in docs] == ["Headline found in the text"]


def test_show_names_the_container_a_document_came_out_of(tmp_path: Path, app) -> None:
    """`show` gave a bare "parent id" for a feed entry, WARC record or archive member."""
    import zipfile

    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("inner-report.txt", "Workers at the fictional Plant 9 in Dandong said their passports were kept.\n")
    db = str(tmp_path / "z.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(archive)]).exit_code == 0
    from labourlens.store import open_store

    with open_store(db) as store:
        member = next(d for d in store.iter_documents() if d["origin"].endswith("!inner-report.txt"))
        parent = member["parent_id"]
    out = runner.invoke(app, ["--db", db, "show", member["id"][:12]]).output
    import re

    assert re.search(rf"^inside +{re.escape(str(archive))} \({parent[:12]}\)", out, re.M), out
    assert "parent id" not in out


def test_export_claims_uses_reviewers_corrections(tmp_path: Path, app) -> None:
    """Issue 5: corrected values are what exports use; `export --what claims` ignored reviews."""
    import csv
    import io
    import json

    from labourlens import review
    from labourlens.store import open_store

    support.write_reports(tmp_path / "in", 2)
    db = str(tmp_path / "r.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(tmp_path / "in")]).exit_code == 0
    with open_store(db) as store:
        first, second = store.claims()[:2]
        review.add_review(store, first["id"], "amina", "corrected", note="the source is the plant's cook",
                          changes={"speaker": "the plant's cook", "hedged": True})
        review.add_review(store, second["id"], "amina", "rejected", note="not about workers")
    out = runner.invoke(app, ["--db", db, "export", "--what", "claims"]).output
    rows = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert rows[first["id"]]["speaker"] == "the plant's cook" and rows[first["id"]]["hedged"] is True
    assert rows[first["id"]]["review_status"] == "corrected"
    assert rows[second["id"]]["review_status"] == "rejected"
    assert {r["review_status"] for i, r in rows.items() if i not in (first["id"], second["id"])} <= {"unreviewed"}
    table = runner.invoke(app, ["--db", db, "export", "--what", "claims", "--format", "csv"]).output
    by_id = {int(r["id"]): r for r in csv.DictReader(io.StringIO(table))}
    assert by_id[first["id"]]["speaker"] == "the plant's cook" and by_id[first["id"]]["review_status"] == "corrected"


def test_show_of_a_failed_input_prints_no_empty_text_box(tmp_path: Path, app) -> None:
    db = str(tmp_path / "f.db")
    missing = str(tmp_path / "gone.txt")
    assert runner.invoke(app, ["--db", db, "ingest", missing]).exit_code == 1
    from labourlens.store import open_store

    with open_store(db) as store:
        doc_id = next(iter(store.iter_documents()))["id"]
    out = runner.invoke(app, ["--db", db, "show", doc_id[:12]]).output
    assert "no such file" in out and "─" in out.splitlines()[0]
    assert not any(set(line.strip()) == {"─"} for line in out.splitlines()[1:])  # no empty rule pair
