from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import test_store_support as support
from labourlens import cli
from labourlens import demo as demo_mod
from labourlens import ingest as ingest_mod
from labourlens import settings as settings_mod

runner = CliRunner(env={"COLUMNS": "240"})


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(ingest_mod, "_pipeline", lambda: support.fake_analyse)
    monkeypatch.setattr(ingest_mod, "POST_INGEST_HOOKS", ())


@pytest.fixture
def app():
    return cli.get_app()


@pytest.fixture
def db(tmp_path: Path, app) -> str:
    """A database with five reports in it."""
    support.write_reports(tmp_path / "in", 5)
    path = str(tmp_path / "ev.db")
    result = runner.invoke(app, ["--db", path, "ingest", str(tmp_path / "in"), "--outlet", "Border Weekly",
                                 "--published", "2024-04-02"])
    assert result.exit_code == 0, result.output
    return path


def invoke(app, *args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_ingest_prints_each_document_and_summary(db, app, tmp_path) -> None:
    result = invoke(app, "--db", db, "ingest", str(tmp_path / "in"))
    assert result.exit_code == 0
    assert result.output.count("already stored") == 6  # five lines and the summary
    assert "stored 0, already stored 5, failed 0, skipped 0" in result.output


def test_ingest_exit_codes(tmp_path, app) -> None:
    path = str(tmp_path / "x.db")
    support.write_reports(tmp_path / "in", 1)
    bad = invoke(app, "--db", path, "ingest", str(tmp_path / "in"), str(tmp_path / "nope.txt"))
    assert bad.exit_code == 1
    assert "no such file" in bad.output
    assert invoke(app, "--db", path, "ingest").exit_code == 2  # no input: usage
    assert invoke(app, "--db", path, "ingest", "--bogus", "x").exit_code == 2
    wrong_date = invoke(app, "--db", path, "ingest", str(tmp_path / "in"), "--published", "May 2024")
    assert wrong_date.exit_code == 2 and "--published" in wrong_date.output
    assert invoke(app, "--db", path, "ingest", str(tmp_path / "in"), "--workers", "0").exit_code == 2


def test_ingest_json_and_quiet(tmp_path, app) -> None:
    path = str(tmp_path / "x.db")
    support.write_reports(tmp_path / "in", 2)
    result = invoke(app, "--db", path, "ingest", str(tmp_path / "in"), str(tmp_path / "gone.txt"), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["counts"] == {"stored": 2, "already stored": 0, "failed": 1, "skipped": 0}
    assert data["exit_code"] == 1
    quiet = invoke(app, "--db", path, "ingest", str(tmp_path / "in"), str(tmp_path / "gone.txt"), "--quiet")
    assert "already stored" not in quiet.output.splitlines()[0]
    assert "gone.txt" in quiet.output  # failures are always shown


def test_ingest_stdin(tmp_path, app) -> None:
    path = str(tmp_path / "x.db")
    result = invoke(app, "--db", path, "ingest", "-", input=b"Workers in Doha said their passports were kept.")
    assert result.exit_code == 0, result.output
    assert "stored 1" in result.output


def test_db_from_environment(tmp_path, app, monkeypatch) -> None:
    monkeypatch.setenv("LABOURLENS_DB", str(tmp_path / "env.db"))
    support.write_reports(tmp_path / "in", 1)
    assert invoke(app, "ingest", str(tmp_path / "in")).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_status(db, app) -> None:
    result = invoke(app, "--db", db, "status")
    assert result.exit_code == 0
    assert "Border Weekly" in result.output and "By format" in result.output
    data = json.loads(invoke(app, "--db", db, "status", "--json").stdout)
    assert data["documents"] == 5 and data["by_status"] == {"ok": 5}
    assert data["by_outlet"] == {"Border Weekly": 5}


def test_show_and_errors(db, app) -> None:
    docs = json.loads(invoke(app, "--db", db, "search", "passports", "--json").stdout)
    doc_id = docs[0]["doc_id"]
    result = invoke(app, "--db", db, "show", doc_id[:8])
    assert result.exit_code == 0, result.output
    assert doc_id[:16] in result.output and "Legend" in result.output and "Claims" in result.output
    assert "retention_of_identity_documents" in result.output
    data = json.loads(invoke(app, "--db", db, "show", doc_id[:8], "--json").stdout)
    assert data["document"]["id"] == doc_id and data["analysis"]["claims"]
    missing = invoke(app, "--db", db, "show", "0" * 20)
    assert missing.exit_code == 2 and "Error:" in missing.output
    assert invoke(app, "--db", db, "show", "zz").exit_code == 2


def test_search(db, app) -> None:
    result = invoke(app, "--db", db, "search", "Vladivostok", "--limit", "1")
    assert result.exit_code == 0 and "1 documents" in result.output
    hits = json.loads(invoke(app, "--db", db, "search", "Vladivostok", "--json").stdout)
    assert hits and all("[Vladivostok]" in h["snippet"] for h in hits)
    assert "no document matches" in invoke(app, "--db", db, "search", "zebra").output


def test_export_documents_and_claims(db, app, tmp_path) -> None:
    out = tmp_path / "docs.csv"
    result = invoke(app, "--db", db, "export", "--format", "csv", "--output", str(out))
    assert result.exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 5 and rows[0]["outlet"] == "Border Weekly" and rows[0]["text"]
    lines = invoke(app, "--db", db, "export").stdout.splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["id"]
    claims = invoke(app, "--db", db, "export", "--what", "claims", "--format", "jsonl").stdout.splitlines()
    assert len(claims) == 10 and "speaker_kind" in json.loads(claims[0])
    assert invoke(app, "--db", db, "export", "--format", "xml").exit_code == 2


def test_claims_filters_and_formats(db, app) -> None:
    table = invoke(app, "--db", db, "claims", "--indicator", "retention_of_identity_documents")
    assert table.exit_code == 0 and "5 claims" in table.output
    data = json.loads(invoke(app, "--db", db, "claims", "--format", "json").stdout)
    assert len(data) == 10
    hedged = json.loads(invoke(app, "--db", db, "claims", "--hedged", "--format", "json").stdout)
    assert len(hedged) == 5 and all(c["hedged"] for c in hedged)
    not_hedged = json.loads(invoke(app, "--db", db, "claims", "--not-hedged", "--format", "json").stdout)
    assert len(not_hedged) == 5
    ru = json.loads(invoke(app, "--db", db, "claims", "--country", "RU", "--format", "json").stdout)
    assert ru and all("RU" in c["countries"] for c in ru)
    place = json.loads(invoke(app, "--db", db, "claims", "--place", "Doha", "--format", "json").stdout)
    assert place and all("Doha" in c["places"] for c in place)
    dated = json.loads(invoke(app, "--db", db, "claims", "--from", "2024-04", "--to", "2024-04-30",
                              "--format", "json").stdout)
    assert len(dated) == 10
    assert json.loads(invoke(app, "--db", db, "claims", "--to", "2023", "--format", "json").stdout) == []
    assert json.loads(invoke(app, "--db", db, "claims", "--corroborated", "2", "--format", "json").stdout) == []
    assert json.loads(invoke(app, "--db", db, "claims", "--negated", "--format", "json").stdout) == []
    assert json.loads(invoke(app, "--db", db, "claims", "--unconfirmed", "--format", "json").stdout) == []
    one = data[0]["doc_id"]
    by_doc = json.loads(invoke(app, "--db", db, "claims", "--document", one[:9], "--format", "json").stdout)
    assert {c["doc_id"] for c in by_doc} == {one}
    rows = list(csv.DictReader(io.StringIO(invoke(app, "--db", db, "claims", "--format", "csv").stdout)))
    assert len(rows) == 10 and rows[0]["speaker_kind"] == "outlet"
    assert invoke(app, "--db", db, "claims", "--speaker-kind", "anonymous_source").exit_code == 0
    hedged_text = json.loads(invoke(app, "--db", db, "claims", "--text", "reportedly", "--format", "json").stdout)
    assert len(hedged_text) == 5 and all("reportedly" in c["text"] for c in hedged_text)
    bad = invoke(app, "--db", db, "claims", "--indicator", "slavery")
    assert bad.exit_code == 2 and "withholding_of_wages" in bad.output
    assert invoke(app, "--db", db, "claims", "--from", "yesterday").exit_code == 2


def test_sources(db, app) -> None:
    result = invoke(app, "--db", db, "sources")
    assert result.exit_code == 0 and "outlet" in result.output
    data = json.loads(invoke(app, "--db", db, "sources", "--kind", "outlet", "--json").stdout)
    assert len(data) == 5 and all(s["claims"] == 2 for s in data)
    assert invoke(app, "--db", db, "sources", "--kind", "ghost").exit_code == 2


def test_analyse_one_file_without_storing(tmp_path, app) -> None:
    (path,) = support.write_reports(tmp_path / "in", 1)
    result = invoke(app, "--db", str(tmp_path / "none.db"), "analyse", str(path))
    assert result.exit_code == 0, result.output
    assert "Claims" in result.output and "retention_of_identity_documents" in result.output
    data = json.loads(invoke(app, "analyse", str(path), "--json").stdout)
    assert data[0]["status"] == "ok" and len(data[0]["analysis"]["claims"]) == 2
    assert not (tmp_path / "none.db").exists()
    assert invoke(app, "analyse", str(tmp_path / "missing.txt")).exit_code == 2


def _gold(tmp_path: Path) -> Path:
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "one.txt").write_text(
        "Workers in Doha said their passports were kept. The weather was mild.", encoding="utf-8")
    line = {"id": "one", "text_path": "one.txt", "meta": {"published": None, "language": "en"},
            "places": [{"name": "Doha", "country": "QA", "level": "city"}], "amounts": [], "durations": [],
            "claims": [{"text": "their passports were kept", "speaker": None, "speaker_kind": "outlet",
                        "source_id": "OUTLET", "hedged": False, "indicators": ["retention_of_identity_documents"]}],
            "not_claims": ["The weather was mild"], "unverified": [],
            "indicators": ["retention_of_identity_documents"]}
    gold = tmp_path / "g" / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return gold


def test_eval(tmp_path, app, monkeypatch) -> None:
    from labourlens import evaluate as ev

    original = ev.evaluate
    monkeypatch.setattr(ev, "evaluate", lambda path, analyse_fn=None: original(path, support.fake_analyse))
    gold = _gold(tmp_path)
    data = json.loads(invoke(app, "eval", str(gold), "--json").stdout)
    assert {"claims", "speaker", "same_source", "hedged", "negated", "indicators_claim", "indicators_doc", "places",
            "amounts", "durations", "meta", "unverified"} <= set(data)
    assert data["claims"]["f1"] == 1.0 and data["places"]["f1"] == 1.0
    table = invoke(app, "eval", str(gold), "--details")
    assert table.exit_code == 0 and "claims" in table.output
    assert invoke(app, "eval", str(tmp_path / "nope.jsonl")).exit_code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert invoke(app, "eval", str(bad)).exit_code == 2


def test_demo(tmp_path, app) -> None:
    if demo_mod.find_samples() is None:
        pytest.skip("no samples folder")
    folder = tmp_path / "demo"
    result = invoke(app, "demo", "--folder", str(folder))
    assert result.exit_code == 0, result.output
    assert (folder / "labourlens.db").is_file()
    assert "What to try next" in result.output
    assert f"--db {folder / 'labourlens.db'} claims --indicator" in result.output
    assert (folder / "labourlens.originals").is_dir()
    again = invoke(app, "demo", "--folder", str(folder))  # a fresh database each time
    first_line = [ln for ln in result.output.splitlines() if ln.startswith("stored ")]
    assert first_line and first_line == [ln for ln in again.output.splitlines() if ln.startswith("stored ")]
    assert "failed 0" in first_line[0]


def test_demo_run_replaces_an_earlier_demo_database(tmp_path: Path) -> None:
    samples = demo_mod.find_samples()
    if samples is None:
        pytest.skip("no samples folder")
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "labourlens.db").write_bytes(b"not a database")
    (folder / "labourlens.originals").mkdir()
    (folder / "labourlens.originals" / "stale").write_bytes(b"x")
    result = demo_mod.run(folder, settings_mod.load({}))
    inputs = demo_mod.demo_inputs(samples)
    assert inputs and not any(Path(p).name.lower().startswith("readme") for p in inputs)
    assert result.report.counts()["stored"] >= len(inputs)
    assert result.status["claims"] > 0
    assert not (folder / "labourlens.originals" / "stale").exists()
    assert any(step.endswith(" status") for step in result.next_steps)


def test_version_and_help(app) -> None:
    assert "labourlens" in invoke(app, "--version").output
    result = invoke(app, "--help")
    assert result.exit_code == 0
    for name in ("ingest", "status", "show", "search", "export", "claims", "sources", "analyse", "eval", "demo"):
        assert name in result.output


def test_plugins_register_commands(monkeypatch) -> None:
    import sys
    import types

    import typer

    mod = types.ModuleType("fake_plugin_commands")

    def register(target: typer.Typer) -> None:
        @target.command("hello-plugin")
        def hello() -> None:
            typer.echo("hello from plugin")

    mod.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_plugin_commands", mod)
    target = typer.Typer()

    @target.command()
    def base() -> None:
        pass

    assert cli.load_plugins(target, ["fake_plugin_commands", "labourlens_missing_plugin.commands"]) == [
        "fake_plugin_commands"
    ]
    assert runner.invoke(target, ["hello-plugin"]).output.strip() == "hello from plugin"
