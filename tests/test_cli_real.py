"""The CLI on the real analysis pipeline (skipped until it imports)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import test_store_support as support
from labourlens import cli
from labourlens import ingest as ingest_mod

pytestmark = pytest.mark.skipif(not support.real_pipeline_available(), reason="analysis pipeline not importable")

runner = CliRunner(env={"COLUMNS": "200"})
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(autouse=True)
def no_hooks(monkeypatch):
    monkeypatch.setattr(ingest_mod, "POST_INGEST_HOOKS", ())


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(
        "HUNCHUN, China — Dozens of North Korean women at a fictional seafood plant in Hunchun have not been paid "
        "for three months, a China-based source told the newsletter on Monday.\n\n"
        "\"Their passports were taken by the managers when they arrived. They cannot leave the dormitory,\" "
        "the source said.\n\nThe plant's owner denied that any worker was held against her will.\n",
        encoding="utf-8",
    )
    return path


def test_ingest_show_claims_on_real_pipeline(tmp_path: Path) -> None:
    app = cli.get_app()
    db = str(tmp_path / "r.db")
    report = _report(tmp_path)
    out = runner.invoke(app, ["--db", db, "ingest", str(report), "--published", "2024-06-03", "--json"])
    assert out.exit_code == 0, out.output
    doc_id = json.loads(out.stdout)["documents"][0]["doc_id"]
    shown = runner.invoke(app, ["--db", db, "show", doc_id[:10], "--json"])
    assert shown.exit_code == 0
    data = json.loads(shown.stdout)
    assert data["document"]["published"] == "2024-06-03"
    assert data["analysis"]["sentences"]
    claims = json.loads(runner.invoke(app, ["--db", db, "claims", "--format", "json"]).stdout)
    assert claims, "the real pipeline finds claims in a report about unpaid, confined workers"
    assert all(c["doc_id"] == doc_id for c in claims)
    human = runner.invoke(app, ["--db", db, "show", doc_id[:10]])
    assert human.exit_code == 0 and "Legend" in human.output and "Hunchun" in human.output


def test_analyse_matches_what_ingest_stores(tmp_path: Path) -> None:
    app = cli.get_app()
    report = _report(tmp_path)
    analysed = json.loads(runner.invoke(app, ["analyse", str(report), "--json"]).stdout)[0]["analysis"]
    db = str(tmp_path / "r.db")
    out = json.loads(runner.invoke(app, ["--db", db, "ingest", str(report), "--json"]).stdout)
    from labourlens.store import open_store

    with open_store(db) as store:
        stored = store.analysis(out["documents"][0]["doc_id"]).to_dict()
    assert len(stored["claims"]) == len(analysed["claims"])
    assert [c["text"] for c in stored["claims"]] == [c["text"] for c in analysed["claims"]]
    assert [p["name"] for p in stored["places"]] == [p["name"] for p in analysed["places"]]


def test_status_counts_on_a_sample(tmp_path: Path) -> None:
    sample = SAMPLES / "dandong-seafood-plant.txt"
    if not sample.exists():
        pytest.skip("sample not present")
    app = cli.get_app()
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(sample)]).exit_code == 0
    st = json.loads(runner.invoke(app, ["--db", db, "status", "--json"]).stdout)
    assert st["documents"] == 1 and st["claims"] > 0 and st["indicators"]
