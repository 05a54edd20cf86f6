"""Throughput of the analysis pipeline on 600-word English reports.

Prints documents per second on one core (CPU time, best of ``--repeat`` passes) for
``labourlens.analyse.pipeline.analyse`` beside the throughput of ``sentences.split`` alone on
the same documents (and their ratio), milliseconds per document in each stage (with the claims
stage's two large parts, attribution and indicator matching, on their own lines), the start-up
time of the first call (lexicons, gazetteer and language model loading; the on-disk caches of
:mod:`labourlens.analyse.gazetteer`, ``indicator_cache``, ``language``, ``regex_cache`` and the parsed
knowledge files of :mod:`labourlens.knowledge` make later starts faster; the start-up of a fresh process
without them, ``LABOURLENS_CACHE_DIR=off``, is printed too),
the throughput at first sight (one pass with nothing cached for the documents yet, as for a batch
of unseen reports), the peak resident memory, and the cost per 600 words of one long report (``--long``, 24,000
words by default) beside that of the short documents at first sight: a pass whose work grows with the square of a
report's length (every source tested against every other, the whole text scanned once per name) shows as a ratio
well above one.

Corpus (default): 600-word documents assembled from the paragraphs of the repository's own
annotated reports (``tests/gold/docs``, ``tests/heldout/docs``, ``tests/heldout2/docs``) and
``samples/*.txt``, read at run time and dealt from a deck shuffled with a fixed seed (the
deck is reshuffled when it runs out). By default the documents are one pass through the deck
(about 30): within a pass sentences hardly repeat, and between timed passes a sentence comes
back more sentences later than the per-sentence caches hold, so the figures are close to what
unseen reports cost (the share a per-sentence cache would hit is printed). ``--synthetic`` uses the old generated documents, which
repeat a few invented paragraphs (caches always warm: an upper bound). ``--corpus DIR``
measures on the ``*.txt`` files of a folder (each file one document, cycled up to N).

Run: ``.venv/bin/python benchmarks/analyse.py [--docs N] [--repeat R] [--synthetic | --corpus DIR] [--long WORDS]``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the repository's own reports (never the later held-out sets, which only their writers read)
CORPUS_DIRS = ("tests/gold/docs", "tests/heldout/docs", "tests/heldout2/docs")
SAMPLES_GLOB = "samples/*.txt"
META = {"published": "2024-05-01", "language": "en"}

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

# a paragraph that the English test does not take: the language model decides (loaded on first use)
_OTHER_LANGUAGE = ("Die Arbeiter der Fabrik erhalten seit vier Monaten keinen Lohn und dürfen das Gelände "
                   "nur in Begleitung eines Aufsehers verlassen, sagte eine Quelle.")


def make_docs(n: int, words: int = 600, seed: int = 7) -> list[str]:
    """The synthetic documents: random draws from the few invented paragraphs above."""
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


def corpus_paragraphs(root: Path = ROOT) -> list[str]:
    """Paragraphs (blank-line separated blocks) of the repository's reports and samples, in file order."""
    files = [f for d in CORPUS_DIRS for f in sorted((root / d).glob("*.txt"))]
    files += sorted(root.glob(SAMPLES_GLOB))
    paras: list[str] = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        paras.extend(p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip())
    return paras


def deal_docs(paras: list[str], n: int | None = None, words: int = 600, seed: int = 7) -> list[str]:
    """``n`` documents of about ``words`` words dealt from a shuffled deck of ``paras``; the deck is
    reshuffled when it runs out, so a paragraph returns only after all the others. ``n=None``: the
    documents of one pass through the deck (every paragraph once; the last document may be short)."""
    rng = random.Random(seed)
    deck: list[str] = []
    docs: list[str] = []
    if n is None:
        deck = list(paras)
        rng.shuffle(deck)
    while (len(docs) < n) if n is not None else bool(deck):
        parts: list[str] = []
        count = 0
        while count < words:
            if not deck:
                if n is None:
                    break
                deck = list(paras)
                rng.shuffle(deck)
            p = deck.pop()
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


def repeated_sentences(docs: list[str], window: int = 1024) -> float:
    """Share of sentences already seen among the previous ``window`` sentences (what a per-sentence
    cache of that size would hit) in the second of two consecutive passes over ``docs``, as in the
    timed passes."""
    from labourlens.analyse import sentences

    texts = [s.text for d in docs for s in sentences.split(d)]
    recent: dict[str, int] = {}
    seen = 0
    for i, text in enumerate(texts + texts):
        last = recent.get(text)
        if i >= len(texts) and last is not None and i - last <= window:
            seen += 1
        recent[text] = i
    return seen / len(texts) if texts else 0.0


def cpu_rate(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    """Documents per CPU second, best of ``repeat`` passes."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        t0 = time.process_time()
        for d in docs:
            fn(d)
        best = min(best, time.process_time() - t0)
    return len(docs) / max(best, 1e-9)


def first_sight_rate(analyse: Callable[[str, dict[str, str]], object], docs: list[str]) -> float:
    """Documents per CPU second of one pass over ``docs`` right after a warm-up on other (synthetic)
    documents: the lexicons and lazily loaded tables are in memory, but nothing is cached for these
    documents' sentences, phrases and words yet, as for a batch of unseen reports. The timed passes of
    :func:`cpu_rate` repeat the same documents, so word- and phrase-level caches are warm there."""
    for d in [*make_docs(30, seed=99), PARAGRAPHS[0] + "\n\n" + _OTHER_LANGUAGE]:
        analyse(d, dict(META))  # (the paragraph in German loads the language model, as most reports do)
    t0 = time.process_time()
    for d in docs:
        analyse(d, dict(META))
    return len(docs) / max(time.process_time() - t0, 1e-9)


def long_report_cost(paras: list[str], words: int) -> tuple[int, float]:
    """Words and CPU milliseconds per 600 words of one report of about ``words`` words dealt from ``paras`` (an NGO
    report or a court record runs to tens of thousands of words: a pass whose work grows with the square of the
    length shows here, not in 600-word documents)."""
    from labourlens.analyse.pipeline import analyse

    doc = deal_docs(paras, n=1, words=words, seed=11)[0]
    n = len(doc.split())
    t0 = time.process_time()
    analyse(doc, dict(META))
    return n, (time.process_time() - t0) * 1000 * 600 / max(n, 1)


def _stage_times(docs: list[str], repeat: int) -> dict[str, float]:
    """CPU milliseconds per document spent in each analysis stage (same calls as the pipeline; best
    of ``repeat`` passes)."""
    from labourlens.analyse import claims, dates, entities, language, money, places, sentences
    from labourlens.analyse import meta as meta_stage
    from labourlens.model import DocMeta

    sents = {d: sentences.split(d) for d in docs}
    calls: dict[str, Callable[[str], object]] = {
        "sentences": lambda d: sentences.split(d),
        "meta": lambda d: meta_stage.detect(d, sents[d], dict(META)),
        "language": lambda d: language.paragraph_languages(d, "en"),
        "places": lambda d: places.find(d, sents[d]),
        "money": lambda d: money.find(d, None),
        "dates": lambda d: dates.find(d, None),
        "entities": lambda d: entities.find(d, sents[d]),
        "claims": lambda d: claims.extract(d, sents[d], DocMeta()),
    }
    out: dict[str, float] = {}
    for name, fn in calls.items():
        out[name] = 1000 / cpu_rate(fn, docs, repeat)
    return out


def _claims_parts(docs: list[str], repeat: int) -> dict[str, float]:
    """CPU milliseconds per document of the two large parts of the claims stage: attribution of every
    body sentence, and indicator matching of every body sentence (on the whole sentence; the claims
    stage blanks the speaker phrase first, which changes little)."""
    from labourlens.analyse import attribution, indicators, sentences

    sents = {d: sentences.split(d) for d in docs}
    body = {d: [s.text for s in sents[d] if s.kind == "body"] for d in docs}

    def match_all(d: str) -> None:
        for text in body[d]:
            indicators.match(text)

    calls: dict[str, Callable[[str], object]] = {
        "attribution": lambda d: attribution.attribute(d, sents[d], None),
        "indicators": match_all,
    }
    return {name: 1000 / cpu_rate(fn, docs, repeat) for name, fn in calls.items()}


def startup() -> tuple[float, float]:
    """Wall and CPU seconds of the imports and the first call in this process (lexicons, the gazetteer and,
    for the paragraph in German, as most reports have a line the English test does not take, the language
    model)."""
    t0, c0 = time.perf_counter(), time.process_time()
    from labourlens.analyse.pipeline import analyse

    analyse(PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n" + _OTHER_LANGUAGE, META)
    return time.perf_counter() - t0, time.process_time() - c0


def bytecode_share() -> float:
    """Share of the analysis modules whose compiled bytecode is on disk and current (``make install`` compiles it,
    as pip does for a regular install; without it every start compiles the sources, which costs about a fifth of a
    second more)."""
    import importlib.util  # noqa: PLC0415 - only this report needs it

    package = ROOT / "src" / "labourlens" / "analyse"
    sources = sorted(package.glob("*.py"))
    current = 0
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        current += cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime
    return current / len(sources) if sources else 0.0


def cold_startup() -> float | None:
    """CPU seconds of :func:`startup` in a fresh process without the on-disk caches (``LABOURLENS_CACHE_DIR=off``:
    every start is like this when the cache folder cannot be written); None when it fails."""
    env = {**os.environ, "LABOURLENS_CACHE_DIR": "off"}
    try:
        out = subprocess.run([sys.executable, __file__, "--startup-only"], env=env, capture_output=True,
                             text=True, timeout=120, check=True).stdout
        return float(out.split()[-1])
    except (subprocess.SubprocessError, OSError, ValueError, IndexError):
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=None,
                    help="documents to analyse (default: one pass through the report paragraphs, about 30; "
                    "300 with --synthetic or --corpus)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes; the best is reported (default 5)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--synthetic", action="store_true",
                      help="the old generated documents (a few repeated invented paragraphs; caches warm)")
    mode.add_argument("--corpus", help="folder of *.txt reports, one document each, instead of the dealt corpus")
    ap.add_argument("--long", type=int, default=24000, metavar="WORDS",
                    help="words of the long report whose cost per 600 words is set beside the short documents' "
                    "(default 24000; 0 leaves it out)")
    ap.add_argument("--startup-only", action="store_true", help=argparse.SUPPRESS)  # cold_startup's child
    args = ap.parse_args(argv)
    if args.startup_only:
        print(f"{startup()[1]:.4f}")
        return 0
    if args.synthetic:
        label, docs = "synthetic (repeated invented paragraphs)", make_docs(args.docs or 300)
    elif args.corpus:
        label, docs = f"folder {args.corpus}", corpus_docs(args.corpus, args.docs or 300)
    else:
        paras = corpus_paragraphs()
        if not paras:
            print(f"no reports found under {ROOT} ({', '.join(CORPUS_DIRS)}, {SAMPLES_GLOB}); "
                  "run from a repository checkout, or pass --synthetic or --corpus DIR")
            return 0
        label, docs = f"dealt from {len(paras)} report paragraphs (seed 7)", deal_docs(paras, args.docs)

    startup_wall, startup_cpu = startup()
    from labourlens.analyse import sentences
    from labourlens.analyse.pipeline import analyse

    first_rate = first_sight_rate(analyse, docs)
    split_rate = cpu_rate(sentences.split, docs, args.repeat)
    full_rate = cpu_rate(lambda d: analyse(d, META), docs, args.repeat)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":  # bytes there
        peak_kb //= 1024
    words = sum(len(d.split()) for d in docs) / len(docs)
    stages = _stage_times(docs, args.repeat)
    print(f"corpus: {label}")
    print(f"documents: {len(docs)} of about {words:.0f} words; sentences seen among the last 1024 "
          f"(what a per-sentence cache would hit): {repeated_sentences(docs):.0%}")
    print(f"start-up (imports + first call): {startup_wall:.2f} s wall, {startup_cpu:.2f} s CPU   (aim < 2 s; "
          f"bytecode on disk for {bytecode_share():.0%} of the analysis modules)")
    cold = cold_startup()
    share = "" if not cold else f"; with them {startup_cpu / cold:.0%} of that"
    print(f"start-up without the on-disk caches (LABOURLENS_CACHE_DIR=off): "
          f"{'failed' if cold is None else f'{cold:.2f} s CPU'}   (a fresh process{share})")
    print(f"sentences.split alone: {split_rate:8.1f} docs/s on one core (CPU time, best of {args.repeat})")
    print(f"pipeline.analyse:      {full_rate:8.1f} docs/s on one core   (aim >= 200)")
    print(f"ratio split/analyse:   {split_rate / full_rate:8.1f}x")
    print(f"first sight:           {first_rate:8.1f} docs/s   (one pass, the caches cold for these documents, "
          "as for unseen reports)")
    print(f"peak memory (max RSS): {peak_kb / 1024:.0f} MB   (aim < 500 MB)")
    if args.long > 0:
        paras = corpus_paragraphs() if not args.corpus else [p for d in docs for p in d.split("\n\n") if p.strip()]
        short_ms = 1000 / first_rate * 600 / max(words, 1)  # (both with the caches cold for their sentences)
        n, long_ms = long_report_cost(paras or PARAGRAPHS, args.long)
        print(f"long report:           {long_ms:8.1f} ms per 600 words in one report of {n:,} words, "
              f"{long_ms / short_ms:.1f}x the {short_ms:.1f} of the documents above at first sight")
    print(f"where the time goes (CPU ms per document, best of {args.repeat}; share of the stages' total):")
    parts = _claims_parts(docs, args.repeat)
    total = sum(stages.values()) or 1e-9
    for name, ms in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:10s} {ms:7.2f}  {ms / total:4.0%}")
        if name == "claims":
            for part, pms in parts.items():
                print(f"    {part:12s} {pms:7.2f}  {pms / total:4.0%}   (part of claims)")
    print(f"  {'total':10s} {total:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
