"""Crash consistency: a big ingest is SIGKILLed mid-batch; the database must be
intact, every stored row must have its original and its complete analysis, and a
re-run must finish the rest without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import test_store_support as support
from labourlens.store import open_store

N = 240

SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
import test_store_support as support
from labourlens import ingest, settings
from labourlens.store import open_store
if not support.real_pipeline_available():
    ingest._pipeline = lambda: support.fake_analyse
store = open_store({db!r})
ingest.ingest([{folder!r}], store, settings.load(), hooks=())
"""


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _start(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    code = SCRIPT.format(tests=str(Path(__file__).parent), db=str(db), folder=str(folder))
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_sigkill_mid_batch_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    support.write_reports(folder, N)
    db = tmp_path / "crash.db"
    proc = _start(db, folder)
    deadline = time.time() + 120
    while _count(db) < 15 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed: " + proc.stderr.read().decode()[-2000:]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_before = _count(db)
    assert 0 < stored_before < N

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()

    analyse = support.fake_analyse
    if support.real_pipeline_available():
        from labourlens.analyse.pipeline import analyse as real

        analyse = real
    store = open_store(str(db))
    for row in store.iter_documents():
        assert row["status"] == "ok", row["reason"]
        path = store.original_path(row["id"])
        assert path.is_file() and path.read_bytes() == Path(row["origin"]).read_bytes()
        stored = store.analysis(row["id"])
        fresh = analyse(row["text"], {"published": None, "language": None, "outlet": None, "title": None,
                                      "url": None})
        assert len(stored.sentences) == len(fresh.sentences)
        assert len(stored.claims) == len(fresh.claims)
        assert sum(len(c.indicators) for c in stored.claims) == sum(len(c.indicators) for c in fresh.claims)
        assert len(stored.places) == len(fresh.places)
    # no temporary original left behind that is mistaken for a real one
    leftovers = [p for p in store.originals.rglob("*") if p.is_file() and not p.name.startswith(".tmp-")]
    assert len(leftovers) >= stored_before
    store.close()

    rerun = _start(db, folder)
    assert rerun.wait(timeout=600) == 0, rerun.stderr.read().decode()[-2000:]
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT origin) FROM documents").fetchone() == (N, N)
    assert con.execute("SELECT count(*) FROM documents WHERE status != 'ok'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == N
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
