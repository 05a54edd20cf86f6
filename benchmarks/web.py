"""Web app speed: with N claims in the store (100,000 by default), time the claims
table's first page with a filter and a full-text query, the same through the JSON
API, and the dashboard: p95 over R requests from a local HTTP client against uvicorn.

    python benchmarks/web.py [--claims 100000] [--requests 100] [--db path]

Rows are synthesised directly in SQLite (a fresh database created by the store's
migrations), which takes a few seconds; analysis is not run. Claim texts mix Zipf-
distributed filler words with one or two of 60 domain words each, so a searched word
(``passports``) occurs in about 2-3 % of claims, as a specific word does in real reports. Targets: claims page
200 ms, dashboard 500 ms (p95)."""

from __future__ import annotations

import argparse
import hashlib
import random
import socket
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from labourlens.model import INDICATORS, SPEAKER_KINDS  # noqa: E402
from labourlens.store import open_store  # noqa: E402

WORDS = ("workers factory wages dormitory managers contract overtime shift plant seafood construction site "
         "recruiter agency salary months debt passports locked guards fence border province city company "
         "labourers women men students crew boat harbour permit visa broker fee loan payment kitchen night "
         "day week hours sleep food water injury doctor police official ministry report said told according").split()
FILLER = [f"w{i}" for i in range(5000)]
PLACES = [("Dandong", "CN", 40.13, 124.39), ("Hunchun", "CN", 42.87, 130.36), ("Shenyang", "CN", 41.8, 123.43),
          ("Khabarovsk", "RU", 48.48, 135.08), ("Vladivostok", "RU", 43.12, 131.9), ("Doha", "QA", 25.29, 51.53),
          ("Kuwait City", "KW", 29.37, 47.98), ("Moscow", "RU", 55.75, 37.62), ("Nakhodka", "RU", 42.82, 132.87),
          ("Ulaanbaatar", "MN", 47.92, 106.92)]
OUTLETS = ["Example Wire", "Sample Daily", "Mock Herald", "Fictional Times", "Placeholder News"]
TARGET_TABLE_MS = 200.0
TARGET_DASHBOARD_MS = 500.0


def synthesise(db: Path, n_claims: int, per_doc: int = 10, seed: int = 7) -> None:
    """Fill an empty, migrated database with documents, sources, claims, indicator hits,
    places and the full-text indexes."""
    open_store(str(db)).close()  # create the schema
    rnd = random.Random(seed)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    n_docs = max(1, n_claims // per_doc)
    docs, sources, claims, hits, places, fts, dfts = [], [], [], [], [], [], []
    cid = 0
    for d in range(n_docs):
        doc_id = hashlib.sha256(f"doc{d}".encode()).hexdigest()
        year, month, day = 2015 + d % 10, 1 + d % 12, 1 + d % 28
        published = f"{year}-{month:02d}-{day:02d}"
        sentences = []
        pos = 0
        place = PLACES[d % len(PLACES)]
        for _ in range(per_doc):
            # filler words follow a Zipf-like law over a large vocabulary; each sentence
            # carries one or two domain words, so a domain word is in a few % of claims
            words = [FILLER[min(int(rnd.paretovariate(1.1)) - 1, len(FILLER) - 1)]
                     for _ in range(rnd.randint(12, 24))]
            words += rnd.sample(WORDS, rnd.randint(1, 2))
            rnd.shuffle(words)
            words.insert(3, place[0])
            text = " ".join(words) + "."
            sentences.append((pos, pos + len(text), text))
            pos += len(text) + 1
        body = " ".join(s[2] for s in sentences)
        title = f"Report {d} from {place[0]}"
        docs.append((doc_id, False, f"/synthetic/{d}.txt", "text/plain", "2026-01-01T00:00:00Z", "text.v1", title,
                     OUTLETS[d % len(OUTLETS)], published, "en", body, "ok", "analysis.v1"))
        dfts.append((doc_id, title, body))
        sources.append((doc_id, "OUTLET", None, "outlet"))
        sources.append((doc_id, "S1", "a former worker", rnd.choice(SPEAKER_KINDS[:4])))
        for i, (start, end, text) in enumerate(sentences):
            cid += 1
            event = f"{year}-{month:02d}" if rnd.random() < 0.3 else None
            claims.append((cid, doc_id, i, i, start, end, text, rnd.choice(["OUTLET", "S1"]), False,
                           rnd.random() < 0.2, "negated" if rnd.random() < 0.05 else "affirmed",
                           rnd.random() < 0.1, False, event, 1 + (rnd.random() < 0.1)))
            for ind in rnd.sample(INDICATORS, rnd.randint(0, 2)):
                hits.append((cid, doc_id, ind, f"{ind}.synthetic", start, start + 5, "cue"))
            at = text.index(place[0])
            places.append((doc_id, start + at, start + at + len(place[0]), place[0], place[0], place[1],
                           "city", place[2], place[3]))
            fts.append((cid, doc_id, text))
    con.executemany("INSERT INTO documents (id, container, origin, media_type, captured_at, reader, title, outlet, "
                    "published, language, text, status, analysis_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", docs)
    con.executemany("INSERT INTO sources (doc_id, key, wording, kind) VALUES (?,?,?,?)", sources)
    con.executemany("INSERT INTO claims (id, doc_id, idx, sentence, start, \"end\", text, source_key, direct, hedged, "
                    "polarity, unconfirmed, future, event_time, independent_origins) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", claims)
    con.executemany("INSERT INTO claim_indicators (claim_id, doc_id, indicator, rule, start, \"end\", cue) "
                    "VALUES (?,?,?,?,?,?,?)", hits)
    con.executemany("INSERT INTO places (doc_id, start, \"end\", text, name, country, level, lat, lon) "
                    "VALUES (?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO claims_fts (claim_id, doc_id, text) VALUES (?,?,?)", fts)
    con.executemany("INSERT INTO documents_fts (doc_id, title, text) VALUES (?,?,?)", dfts)
    con.commit()
    con.execute("ANALYZE")
    con.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--db", type=Path, default=None, help="reuse or create this database")
    args = parser.parse_args(argv)

    import httpx
    import uvicorn

    from labourlens.web.app import create_app

    db = args.db or Path(tempfile.mkdtemp(prefix="labourlens-webbench-")) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        synthesise(db, args.claims)
        print(f"synthesised {args.claims:,} claims in {time.perf_counter() - t0:.1f} s: {db}")
    store = open_store(str(db))
    print(f"store holds {store.counts()['claims']:,} claims")
    app = create_app(store=store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    cases = [
        ("claims page: indicator + full text", "/claims?indicator=debt_bondage&q=passports", TARGET_TABLE_MS),
        ("claims page: country + hedged + text", "/claims?country=RU&hedged=true&q=wages", TARGET_TABLE_MS),
        ("claims API: indicator + full text", "/api/claims?indicator=debt_bondage&q=passports", TARGET_TABLE_MS),
        ("claims page: indicator only", "/claims?indicator=debt_bondage", TARGET_TABLE_MS),
        ("claims page: very common word (info)", "/claims?q=w0", TARGET_TABLE_MS),
        ("dashboard", "/", TARGET_DASHBOARD_MS),
    ]
    ok = True
    with httpx.Client(base_url=base, timeout=60) as client:
        t0 = time.perf_counter()
        client.get("/").raise_for_status()
        print(f"dashboard, first request (aggregates not cached yet): {(time.perf_counter() - t0) * 1000:.0f} ms")
        print(f"{'case':40} {'p50 ms':>8} {'p95 ms':>8} {'target':>8}")
        for label, url, target in cases:
            client.get(url).raise_for_status()  # warm-up
            samples = []
            for _ in range(args.requests):
                t0 = time.perf_counter()
                r = client.get(url)
                samples.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
            q95 = p95(samples)
            verdict = "ok" if q95 <= target else "SLOW"
            if "(info)" not in label:
                ok = ok and q95 <= target
            print(f"{label:40} {statistics.median(samples):8.1f} {q95:8.1f} {target:8.0f}  {verdict}")
    server.should_exit = True
    thread.join(10)
    store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
