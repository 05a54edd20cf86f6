"""Scaling benchmark for linking (near-duplicate copies, origins, clusters).

Builds a SQLite store of N synthetic 600-word documents (one in ten a planted copy of
another: cut off, with an added lead and share buttons, or with words changed), runs
a full ``link_documents`` and prints time and peak memory, for 10,000 and 100,000
documents (``--quick``: 1,000 and 10,000), then the ratio of the two times against
the ideal 10 and the time to link one new document into the larger store.

    .venv/bin/python benchmarks/link.py [--quick] [--sizes 10000 100000]

Each size runs in its own process so that peak memory (ru_maxrss) is its own."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

WORDS = 600
VOCAB = 60_000


def _vocab(rng: np.random.Generator) -> np.ndarray:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(3, 11, size=VOCAB)
    return np.array(["".join(rng.choice(letters, size=n)) for n in lengths])


def make_docs(n: int, seed: int = 7) -> tuple[list[str], list[tuple[int, int]]]:
    """``n`` texts and the planted (original, copy) index pairs."""
    rng = np.random.default_rng(seed)
    vocab = _vocab(rng)
    weights = 1.0 / np.arange(1, VOCAB + 1) ** 0.9  # Zipf-like, as words are
    weights /= weights.sum()
    n_orig = n - n // 10
    texts: list[str] = []
    for start in range(0, n_orig, 2000):  # in blocks: a (100,000 x 600) index array alone would be 480 MB
        ids = rng.choice(VOCAB, size=(min(2000, n_orig - start), WORDS), p=weights)
        texts.extend(" ".join(vocab[row]) for row in ids)
    planted = []
    for k in range(n - n_orig):
        src = int(rng.integers(0, n_orig))
        words = texts[src].split(" ")
        kind = k % 3
        if kind == 0:  # cut-off version
            words = words[: int(len(words) * rng.uniform(0.4, 0.8))]
        elif kind == 1:  # new lead, share buttons, source tag
            words = list(vocab[rng.integers(0, VOCAB, size=40)]) + words
            words += ["\nShare this article\nFacebook | Twitter\n[Source: Example Wire]"]
        else:  # edited: about 5% of the words changed
            for pos in rng.integers(0, len(words), size=len(words) // 20):
                words[pos] = str(vocab[rng.integers(0, VOCAB)])
        texts.append(" ".join(words))
        planted.append((src, len(texts) - 1))
    return texts, planted


def _insert(store: object, texts: list[str]) -> list[str]:
    import sqlalchemy as sa

    from labourlens.store import schema as t

    ids = [hashlib.sha256(x.encode()).hexdigest() for x in texts]
    with store.engine.begin() as conn:  # type: ignore[attr-defined]
        for k in range(0, len(texts), 5000):
            rows = [
                {"id": ids[n], "origin": f"synthetic/{n}.txt", "captured_at": "2026-01-01T00:00:00Z",
                 "status": "ok", "container": False, "text": texts[n], "outlet": None, "published": None}
                for n in range(k, min(k + 5000, len(texts)))
            ]
            conn.execute(sa.insert(t.documents), rows)
    return ids


def run_one(n: int, incremental: bool) -> dict[str, float]:
    from labourlens.link import link_documents
    from labourlens.store import open_store

    texts, planted = make_docs(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "bench.db"))
        ids = _insert(store, texts)
        probe = texts[0]
        del texts
        start, cpu = time.perf_counter(), time.process_time()
        report = link_documents(store)
        full, cpu = time.perf_counter() - start, time.process_time() - cpu
        found = {(a, b) for a, b in _copy_pairs(store)}
        hit = sum(1 for s, c in planted if tuple(sorted((ids[s], ids[c]))) in found)
        out = {"n": n, "seconds": round(full, 2), "cpu_seconds": round(cpu, 2), "copies_found": report.copies, "planted": len(planted),
               "planted_found": hit, "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        if incremental:
            new_ids = _insert(store, [" ".join(probe.split(" ")[:450]) + " and one new closing sentence"])
            start = time.perf_counter()
            inc = link_documents(store, new_ids)
            out["incremental_seconds"] = round(time.perf_counter() - start, 3)
            out["incremental_copies"] = inc.copies
        store.close()
    return out


def _copy_pairs(store: object) -> list[tuple[str, str]]:
    import sqlalchemy as sa

    from labourlens.store import schema as t

    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        p = t.doc_pairs
        return [(a, b) for a, b in conn.execute(sa.select(p.c.a, p.c.b).where(p.c.decision == "copy"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000 documents")
    ap.add_argument("--sizes", type=int, nargs="*", help="document counts (default 10000 100000)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--incremental", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.incremental)))
        return
    sizes = args.sizes or ([1_000, 10_000] if args.quick else [10_000, 100_000])
    results = []
    for i, n in enumerate(sizes):
        cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(n)]
        if i == len(sizes) - 1:
            cmd.append("--incremental")
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
        results.append(res)
        print(f"{n:>8,} documents: {res['seconds']:8.1f} s ({res['cpu_seconds']:.1f} s CPU), "
              f"peak {res['peak_mb']:7.1f} MB, "
              f"planted copies found {res['planted_found']}/{res['planted']} ({res['copies_found']} copy pairs)",
              flush=True)
    if len(results) >= 2:
        a, b = results[-2], results[-1]
        ideal = b["n"] / a["n"]
        print(f"time ratio {b['n']:,}/{a['n']:,}: {b['seconds'] / a['seconds']:.1f} wall, "
              f"{b['cpu_seconds'] / a['cpu_seconds']:.1f} CPU (ideal, linear: {ideal:.0f})")
    last = results[-1]
    if "incremental_seconds" in last:
        print(f"incremental: one new document into {last['n']:,}: {last['incremental_seconds']:.3f} s "
              f"({last['incremental_copies']} copy found)")


if __name__ == "__main__":
    main()
