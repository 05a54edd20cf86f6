"""Validate the held-out gold set (``tests/heldout/gold.jsonl``) against the FORMAT.md contract.

The checks are the ones ``test_gold_format.py`` applies to the main gold set (strict
mode), plus the shape of a held-out set: enough documents, reports with nothing to
find, and texts that are independent of the main gold set's texts.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from labourlens.model import INDICATORS, SPEAKER_KINDS
from test_gold_format import load, normalise, problems, visible_text

HELDOUT = Path(__file__).parent / "heldout" / "gold.jsonl"
MAIN_DOCS = Path(__file__).parent / "gold" / "docs"
SHINGLE = 10  # words; stock phrases ("speaking on condition of anonymity, said") are shorter


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", normalise(text))
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_heldout_gold_is_valid() -> None:
    assert HELDOUT.is_file(), "tests/heldout/gold.jsonl is missing"
    assert problems(HELDOUT, strict=True) == []


def test_heldout_set_has_its_shape() -> None:
    records = load(HELDOUT)
    assert len(records) >= 20
    empty = [r for r in records if not r["claims"]]
    assert len(empty) >= 4, "need at least four reports that describe no forced labour"
    for rec in empty:
        assert rec["indicators"] == [] and rec["unverified"] == [], rec["id"]
    assert all(r["text_path"].startswith("docs/") for r in records)
    kinds = Counter(c["speaker_kind"] for r in records for c in r["claims"])
    assert set(kinds) == set(SPEAKER_KINDS), kinds
    assert {i for r in records for i in r["indicators"]} == set(INDICATORS)
    assert sum(1 for r in records for c in r["claims"] if c["negated"]) >= 10
    assert sum(1 for r in records for c in r["claims"] if c["hedged"]) >= 10
    assert all("negated" in c for r in records for c in r["claims"]), "negated is given on every claim"


def test_heldout_covers_the_listed_document_files() -> None:
    records = load(HELDOUT)
    listed = {r["text_path"] for r in records}
    on_disk = {f"docs/{p.name}" for p in (HELDOUT.parent / "docs").iterdir() if p.is_file()}
    assert listed == on_disk, "every held-out text is annotated and every annotation has its text"


def test_heldout_texts_are_independent_of_main_gold_texts() -> None:
    main = set()
    for path in sorted(MAIN_DOCS.glob("*")):
        if path.suffix in {".txt", ".html", ".htm"}:
            main |= _shingles(visible_text(path))
    for rec in load(HELDOUT):
        shared = _shingles(visible_text(HELDOUT.parent / rec["text_path"])) & main
        assert not shared, f"{rec['id']} repeats text of the main gold set: {' '.join(sorted(shared)[0])}"
