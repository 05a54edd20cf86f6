"""Ingest throughput: documents per second for `ingest` beside trafilatura's extraction
alone on the same HTML, as a ratio, and plain-text documents per second.

    python benchmarks/ingest.py --n 400

Generates N synthetic reports (half HTML, half plain text) from the reports in
``samples/`` with variations (numbers changed, paragraphs reordered, a unique line
added so every file has its own hash), in a temporary folder; ingests them into fresh
databases, and prints a table. Two ingest figures are given: capture + store alone
(what the foundation adds around the reader), and the full ingest with the analysis
pipeline. Post-ingest hooks (linking) are off: `benchmarks/link.py` measures those.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

FALLBACK_TEXT = (
    "Workers at a fictional fish-processing plant in Hunchun said their wages were held back for three months, "
    "a source in the city told the newsletter. The source said managers kept the workers' passports.\n\n"
    "The plant's owner denied the reports. The claims could not be independently verified."
)


def _sample_texts() -> list[str]:
    texts = []
    for path in sorted(SAMPLES.glob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return texts or [FALLBACK_TEXT]


def _sample_html() -> list[str]:
    pages = []
    for path in sorted(SAMPLES.glob("*.html")):
        try:
            pages.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    if not pages:
        body = "".join(f"<p>{p}</p>" for p in FALLBACK_TEXT.split("\n\n"))
        pages.append(f"<html><head><title>Report</title></head><body><nav>Home | News</nav><article>{body}"
                     f"</article><footer>Contact us</footer></body></html>")
    return pages


def _vary_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\b\d{2,4}\b", lambda m: str(int(m.group()) + rng.randint(1, 9)), text)


def _vary_text(text: str, i: int, rng: random.Random) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    if len(paras) > 3:
        middle = paras[1:-1]
        rng.shuffle(middle)
        paras = [paras[0], *middle, paras[-1]]
    paras.append(f"Reference {i}: filed by desk {rng.randint(1, 99)}.")
    return _vary_numbers("\n\n".join(paras), rng) + "\n"


def _vary_html(page: str, i: int, rng: random.Random) -> str:
    page = _vary_numbers(page, rng)
    marker = f"<p>Reference {i}: filed by desk {rng.randint(1, 99)}.</p>"
    if "</article>" in page:
        return page.replace("</article>", marker + "</article>", 1)
    if "</body>" in page:
        return page.replace("</body>", marker + "</body>", 1)
    return page + marker


def generate(folder: Path, n: int, seed: int = 7) -> tuple[list[Path], list[Path]]:
    rng = random.Random(seed)
    texts, pages = _sample_texts(), _sample_html()
    (folder / "html").mkdir(parents=True)
    (folder / "text").mkdir(parents=True)
    html_paths, text_paths = [], []
    for i in range(n):
        if i % 2 == 0:
            p = folder / "html" / f"report-{i:05d}.html"
            p.write_text(_vary_html(pages[i // 2 % len(pages)], i, rng), encoding="utf-8")
            html_paths.append(p)
        else:
            p = folder / "text" / f"report-{i:05d}.txt"
            p.write_text(_vary_text(texts[i // 2 % len(texts)], i, rng), encoding="utf-8")
            text_paths.append(p)
    return html_paths, text_paths


def trafilatura_alone(paths: list[Path]) -> float:
    """Documents per second for trafilatura's extraction alone (same call as the HTML reader)."""
    import trafilatura

    pages = [p.read_text(encoding="utf-8") for p in paths]
    start = time.perf_counter()
    for page in pages:
        trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                    date_extraction_params={"extensive_search": False, "original_date": True})
    return len(pages) / (time.perf_counter() - start)


def ingest_rate(folder: Path, db: Path, analyse: bool) -> tuple[float, int]:
    import trafilatura  # noqa: F401 - start-up cost (imports) is not throughput: warm it up first

    from labourlens import (
        formats,  # noqa: F401
        settings,
    )
    from labourlens import ingest as ingest_mod
    from labourlens.store import open_store

    saved: Callable[[], Any] = ingest_mod._pipeline
    if analyse:
        ingest_mod._pipeline()  # import the pipeline and its lexicons before the clock starts
    else:
        ingest_mod._pipeline = lambda: (lambda text, meta: None)  # type: ignore[assignment]
    try:
        store = open_store(str(db))
        start = time.perf_counter()
        report = ingest_mod.ingest([str(folder)], store, settings.load(), hooks=())
        elapsed = time.perf_counter() - start
        store.close()
    finally:
        ingest_mod._pipeline = saved
    stored = report.counts()["stored"]
    return stored / elapsed, stored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=400, help="synthetic reports to generate (half HTML, half text)")
    parser.add_argument("--no-analysis", action="store_true", help="skip the full ingest with analysis")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best is shown "
                        "(a shared machine is noisy)")
    args = parser.parse_args(argv)
    from rich.console import Console
    from rich.table import Table

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        html, text = generate(folder / "in", args.n)
        reps = range(max(1, args.repeat))
        traf = max(trafilatura_alone(html) for _ in reps)
        rows: list[tuple[str, str, float, int]] = [("trafilatura alone", "HTML", traf, len(html))]
        for analyse in ([False] if args.no_analysis else [False, True]):
            label = "ingest (capture + store)" if not analyse else "ingest (with analysis)"
            tag = "full" if analyse else "bare"
            h, hn = max(ingest_rate(folder / "in" / "html", folder / f"html-{tag}-{r}.db", analyse) for r in reps)
            t, tn = max(ingest_rate(folder / "in" / "text", folder / f"text-{tag}-{r}.db", analyse) for r in reps)
            rows += [(label, "HTML", h, hn), (label, "text", t, tn)]
    table = Table(title=f"Ingest throughput ({args.n} synthetic reports, one process)")
    for col in ("what", "format", "docs", "docs/s", "ratio to trafilatura"):
        table.add_column(col, justify="right" if col not in ("what", "format") else "left")
    for what, fmt, rate, n in rows:
        ratio = f"{rate / traf:.2f}" if fmt == "HTML" else ""
        table.add_row(what, fmt, str(n), f"{rate:,.1f}", ratio)
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
