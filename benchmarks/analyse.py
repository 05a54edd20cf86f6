"""Throughput of the analysis pipeline on 600-word English reports.

Prints documents per second on one core for ``labourlens.analyse.pipeline.analyse``
beside the throughput of ``sentences.split`` alone on the same documents (and their
ratio), the start-up time of the first call (lexicons and gazetteer loading) and the
peak resident memory. Run: ``.venv/bin/python benchmarks/analyse.py [--docs N] [--corpus DIR]``.
The reports are assembled from invented paragraphs (fictional companies and people). They
repeat the same few sentences, so per-sentence caches are always warm; ``--corpus DIR``
measures on the ``*.txt`` files of a folder instead (each file cycled up to N documents),
which is closer to real use.
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import sys
import time
from pathlib import Path

PARAGRAPHS = [
    "DANDONG, China — About 300 North Korean women at the fictional Yalu Pearl seafood plant work 14 hours a day "
    "and are not allowed to leave the factory compound, a China-based source told the Border Ledger on Tuesday.",
    "“They sleep twelve to a room in metal bunk beds, and the gate is locked at nine,” the source said. "
    "“The manager keeps their passports in a safe.”",
    "Each worker is expected to hand over 70 percent of her wages to the state as a “loyalty fund” payment, "
    "according to a second source in Liaoning Province, who asked not to be named.",
    "Workers who fall short of the monthly plan are threatened with being sent home, the second source said, "
    "adding that most of them had borrowed money to pay bribes for their postings.",
    "The company, Yalu Pearl Aquatic Products, denied the allegations. “All our staff are paid in full and hold "
    "their own documents,” a spokesman said in a statement.",
    "A 2023 report by the fictional Northeast Labour Watch estimated that between 20,000 and 30,000 North Korean "
    "workers remain in Liaoning and Jilin provinces, most of them on trainee or student visas.",
    "Kim Sun-hee, a researcher at the Seoul Institute for Migration Studies, said the women had no access to "
    "telephones and were escorted by minders whenever they went out. “They live like prisoners,” she said.",
    "Earlier this year, workers at a garment factory in Hunchun reportedly staged a protest over unpaid wages. "
    "The claim could not be independently verified.",
    "The workers receive RMB 500 (about $70) a month for food, which is barely enough to eat three meals a day, "
    "the researcher said.",
    "VLADIVOSTOK, Russia — North Korean builders on a housing project near the port have not been paid for "
    "four months, Yonhap News Agency reported, citing a source in Primorsky Krai.",
    "The men live in shipping containers on the site and work seven days a week through the winter, the source "
    "said. Several were injured after a scaffold collapsed in January.",
    "Russia's Ministry of Labour said it had no record of North Korean citizens working in the region.",
    "Pak Chol, 39, who left a logging camp in Khabarovsk in 2019, said his brigade leader beat workers who failed "
    "to meet the daily quota. “We could not complain. Our families would suffer,” he said.",
    "Under U.N. Security Council resolution 2397, all North Korean workers abroad should have been sent home "
    "by December 2019. Analysts say thousands remain, many of them dispatched by state trading companies.",
    "Skip to main content\nShare on WhatsApp\nKeywords: North Korea, labour, China\nRead in Korean",
]


def make_docs(n: int, words: int = 600, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        parts: list[str] = []
        count = 0
        while count < words:
            p = rng.choice(PARAGRAPHS)
            parts.append(p)
            count += len(p.split())
        docs.append("\n\n".join(parts))
    return docs


def corpus_docs(folder: str, n: int) -> list[str]:
    """Up to ``n`` documents: the ``*.txt`` files of ``folder``, cycled when there are fewer."""
    files = sorted(Path(folder).glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt files in {folder}; pass a folder of plain-text reports")
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    return list(itertools.islice(itertools.cycle(texts), max(n, 1)))


def rate(fn, docs: list[str]) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    for d in docs:
        fn(d)
    return len(docs) / (time.perf_counter() - t0)


def _stage_times(docs: list[str], meta: dict[str, str]) -> dict[str, float]:
    """Milliseconds per document spent in each analysis stage (same calls as the pipeline)."""
    from labourlens.analyse import claims, dates, entities, language, money, places, sentences
    from labourlens.analyse import meta as meta_stage
    from labourlens.model import DocMeta

    sents = {d: sentences.split(d) for d in docs}
    calls = {
        "sentences": lambda d: sentences.split(d),
        "meta": lambda d: meta_stage.detect(d, sents[d], dict(meta)),
        "language": lambda d: language.paragraph_languages(d, "en"),
        "places": lambda d: places.find(d, sents[d]),
        "money": lambda d: money.find(d, None),
        "dates": lambda d: dates.find(d, None),
        "entities": lambda d: entities.find(d, sents[d]),
        "claims": lambda d: claims.extract(d, sents[d], DocMeta()),
    }
    out: dict[str, float] = {}
    for name, fn in calls.items():
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        out[name] = (time.perf_counter() - t0) / len(docs) * 1000
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300, help="documents to analyse (default 300)")
    ap.add_argument("--corpus", help="folder of *.txt reports to use instead of the generated ones")
    args = ap.parse_args(argv)
    docs = corpus_docs(args.corpus, args.docs) if args.corpus else make_docs(args.docs)
    meta = {"published": "2024-05-01", "language": "en"}

    t0 = time.perf_counter()
    from labourlens.analyse import sentences
    from labourlens.analyse.pipeline import analyse

    analyse(docs[0], meta)  # first call loads lexicons and the gazetteer
    startup = time.perf_counter() - t0

    split_rate = rate(sentences.split, docs)
    full_rate = rate(lambda d: analyse(d, meta), docs)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":  # bytes there
        peak_kb //= 1024
    stages = _stage_times(docs, meta)
    words = sum(len(d.split()) for d in docs) / len(docs)
    print(f"documents: {len(docs)} of about {words:.0f} words")
    print(f"start-up (imports + first call): {startup:.2f} s   (aim < 2 s)")
    print(f"sentences.split alone: {split_rate:8.1f} docs/s")
    print(f"pipeline.analyse:      {full_rate:8.1f} docs/s on one core   (aim >= 200)")
    print(f"ratio split/analyse:   {split_rate / full_rate:8.1f}x")
    print(f"peak memory (max RSS): {peak_kb / 1024:.0f} MB   (aim < 500 MB)")
    print("where the time goes (ms per document):")
    for name, ms in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:10s} {ms:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
